# slow: O(m + n) per query: walks from the top-right corner one row or column at a time
# origin: independent
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    result = []
    for q in queries:
        r, c = 0, n - 1
        found = [-1, -1]
        while r < m and c >= 0:
            value = grid[r][c]
            if value == q:
                found = [r, c]
                break
            if value > q:
                c -= 1
            else:
                r += 1
        result.append(found)
    return result
