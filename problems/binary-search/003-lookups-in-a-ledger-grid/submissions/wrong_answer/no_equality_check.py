# bug: returns the cell where the search stops without checking that it holds q, so a missing value inside the grid gets a position
# fails on: {"grid": [[1, 3, 5]], "queries": [4]}
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    answers = []
    for q in queries:
        lo, hi = 0, m * n
        while lo < hi:
            mid = (lo + hi) // 2
            if grid[mid // n][mid % n] < q:
                lo = mid + 1
            else:
                hi = mid
        answers.append([lo // n, lo % n] if lo < m * n else [-1, -1])
    return answers
