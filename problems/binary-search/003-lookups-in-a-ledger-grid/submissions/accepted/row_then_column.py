# two searches: the last row whose first number is <= q, then q inside that row
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    answers = []
    for q in queries:
        lo, hi = 0, m  # first row whose first number is > q
        while lo < hi:
            mid = (lo + hi) // 2
            if grid[mid][0] <= q:
                lo = mid + 1
            else:
                hi = mid
        r = lo - 1
        if r < 0:
            answers.append([-1, -1])
            continue
        row = grid[r]
        lo, hi = 0, n - 1
        spot = [-1, -1]
        while lo <= hi:
            mid = (lo + hi) // 2
            if row[mid] == q:
                spot = [r, mid]
                break
            if row[mid] < q:
                lo = mid + 1
            else:
                hi = mid - 1
        answers.append(spot)
    return answers
