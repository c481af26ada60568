# bug: loops while lo < hi and only returns inside the loop, so a target the range collapses onto is never compared (fails the samples)
# fails on: {"grid": [[1, 3, 5]], "queries": [5]}
# origin: independent
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    result = []
    for q in queries:
        lo, hi = 0, m * n - 1
        found = [-1, -1]
        while lo < hi:
            mid = (lo + hi) // 2
            r, c = divmod(mid, n)
            if grid[r][c] == q:
                found = [r, c]
                break
            if grid[r][c] < q:
                lo = mid + 1
            else:
                hi = mid - 1
        result.append(found)
    return result
