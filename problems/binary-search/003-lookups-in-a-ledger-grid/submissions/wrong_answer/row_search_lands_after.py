# bug: picks the first row whose first number is >= q, which is the row after the right one whenever q is not a row's first number
# fails on: {"grid": [[1, 3], [5, 7]], "queries": [3]}
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    answers = []
    for q in queries:
        lo, hi = 0, m - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if grid[mid][0] < q:
                lo = mid + 1
            else:
                hi = mid
        row = grid[lo]
        answers.append([lo, row.index(q)] if q in row else [-1, -1])
    return answers
