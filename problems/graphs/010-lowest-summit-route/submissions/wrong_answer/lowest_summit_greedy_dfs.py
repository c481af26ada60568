# bug: depth-first search that always tries the lowest neighbour first and returns the summit of the first route that reaches the goal, which need not be the lowest (passes all samples)
# fails on: {"terrain": [[0, 1, 9], [2, 9, 9], [2, 2, 2]]}
# origin: independent
def lowestSummit(terrain: List[List[int]]) -> int:
    rows, cols = len(terrain), len(terrain[0])
    seen = set()

    def walk(r, c, summit):
        summit = max(summit, terrain[r][c])
        if r == rows - 1 and c == cols - 1:
            return summit
        seen.add((r, c))
        steps = []
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                steps.append((terrain[nr][nc], nr, nc))
        steps.sort()
        for _, nr, nc in steps:
            if (nr, nc) not in seen:
                found = walk(nr, nc, summit)
                if found is not None:
                    return found
        return None

    return walk(0, 0, terrain[0][0])
