# bug: binary search on the summit that moves hi to mid - 1 when mid works, so it can step past the answer and return a height that is too low (passes all samples)
# fails on: {"terrain": [[0, 1], [3, 0]]}
# origin: independent
def lowestSummit(terrain: List[List[int]]) -> int:
    rows, cols = len(terrain), len(terrain[0])

    def reachable(limit):
        if terrain[0][0] > limit:
            return False
        seen = {(0, 0)}
        stack = [(0, 0)]
        while stack:
            r, c = stack.pop()
            if r == rows - 1 and c == cols - 1:
                return True
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and terrain[nr][nc] <= limit:
                    seen.add((nr, nc))
                    stack.append((nr, nc))
        return False

    lo = max(terrain[0][0], terrain[-1][-1])
    hi = max(max(row) for row in terrain)
    while lo < hi:
        mid = (lo + hi) // 2
        if reachable(mid):
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
