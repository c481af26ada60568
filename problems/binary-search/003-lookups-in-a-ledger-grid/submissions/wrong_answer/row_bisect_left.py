# bug: picks the row with bisect_left on the first column minus one, so a query equal to a row's first number looks in the row above (fails the samples)
# fails on: {"grid": [[1, 3], [5, 7]], "queries": [5]}
# origin: independent
from bisect import bisect_left


def locateAll(grid, queries):
    firsts = [row[0] for row in grid]
    result = []
    for q in queries:
        r = bisect_left(firsts, q) - 1
        if r < 0:
            result.append([-1, -1])
            continue
        c = bisect_left(grid[r], q)
        if c < len(grid[r]) and grid[r][c] == q:
            result.append([r, c])
        else:
            result.append([-1, -1])
    return result
