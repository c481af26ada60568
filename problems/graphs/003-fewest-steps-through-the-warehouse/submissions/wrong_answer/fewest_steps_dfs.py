# bug: uses depth-first search and returns the length of the first path that reaches the goal, which need not be the shortest (passes all samples)
# fails on: {"floor": [[0, 0, 0], [0, 0, 0]]}
# origin: independent
def fewestSteps(floor: List[List[int]]) -> int:
    rows, cols = len(floor), len(floor[0])
    if floor[0][0] == 1 or floor[rows - 1][cols - 1] == 1:
        return -1
    seen = set()

    def walk(r, c, steps):
        if r == rows - 1 and c == cols - 1:
            return steps
        seen.add((r, c))
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and floor[nr][nc] == 0 and (nr, nc) not in seen:
                found = walk(nr, nc, steps + 1)
                if found != -1:
                    return found
        return -1

    return walk(0, 0, 0)
