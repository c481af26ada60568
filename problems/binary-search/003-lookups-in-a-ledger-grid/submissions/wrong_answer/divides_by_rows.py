# bug: turns the flat index into a cell with the number of rows instead of the row length, so only square grids work
# fails on: {"grid": [[1, 2, 3], [4, 5, 6]], "queries": [3]}
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    answers = []
    for q in queries:
        lo, hi = 0, m * n - 1
        spot = [-1, -1]
        while lo <= hi:
            mid = (lo + hi) // 2
            r, c = mid // m, mid % m
            if r >= m or c >= n:
                hi = mid - 1
                continue
            v = grid[r][c]
            if v == q:
                spot = [r, c]
                break
            if v < q:
                lo = mid + 1
            else:
                hi = mid - 1
        answers.append(spot)
    return answers
