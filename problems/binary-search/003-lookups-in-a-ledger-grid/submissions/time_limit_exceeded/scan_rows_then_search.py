# slow: O(m + log n) per query: walks down the rows to the one that can hold q, then binary searches inside it
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    answers = []
    for q in queries:
        r = 0
        while r < m and grid[r][-1] < q:
            r += 1
        spot = [-1, -1]
        if r < m:
            row = grid[r]
            lo, hi = 0, n
            while lo < hi:
                mid = (lo + hi) // 2
                if row[mid] < q:
                    lo = mid + 1
                else:
                    hi = mid
            if lo < n and row[lo] == q:
                spot = [r, lo]
        answers.append(spot)
    return answers
