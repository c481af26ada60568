# bug: row search moves right while the row's last number is <= q instead of < q, so a query equal to the last number of a row (not the last row) is looked up one row too low (fails sample 2)
# fails on: {"grid": [[1, 3], [5, 7]], "queries": [3]}
# origin: independent
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    result = []
    for q in queries:
        lo, hi = 0, m - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if grid[mid][n - 1] <= q:
                lo = mid + 1
            else:
                hi = mid
        row = grid[lo]
        left, right = 0, n - 1
        found = [-1, -1]
        while left <= right:
            mid = (left + right) // 2
            if row[mid] == q:
                found = [lo, mid]
                break
            if row[mid] < q:
                left = mid + 1
            else:
                right = mid - 1
        result.append(found)
    return result
