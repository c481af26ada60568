# bug: lo and hi are set once before the loop over queries, so each search continues in the range left over by the previous query (fails sample 1)
# fails on: {"grid": [[1, 3], [5, 7]], "queries": [1, 7]}
# origin: independent
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    lo, hi = 0, m * n - 1
    result = []
    for q in queries:
        found = [-1, -1]
        while lo <= hi:
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
