# origin: independent
from bisect import bisect_left, bisect_right


def locateAll(grid, queries):
    n = len(grid[0])
    result = []
    for q in queries:
        r = bisect_right(grid, q, key=lambda row: row[0]) - 1
        if r >= 0:
            c = bisect_left(grid[r], q)
            if c < n and grid[r][c] == q:
                result.append([r, c])
                continue
        result.append([-1, -1])
    return result
