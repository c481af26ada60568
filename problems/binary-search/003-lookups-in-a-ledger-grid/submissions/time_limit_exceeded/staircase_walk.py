# slow: O(m + n) per query: a staircase walk from the top-right corner, left when too big, down when too small
def locateAll(grid, queries):
    m, n = len(grid), len(grid[0])
    answers = []
    for q in queries:
        r, c = 0, n - 1
        spot = [-1, -1]
        while r < m and c >= 0:
            v = grid[r][c]
            if v == q:
                spot = [r, c]
                break
            if v > q:
                c -= 1
            else:
                r += 1
        answers.append(spot)
    return answers
