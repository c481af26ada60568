# slow: exponential: follows every route one by one, without remembering any cell
def countRoutes(yard):
    rows, cols = len(yard), len(yard[0])

    def routes(i, j):
        if i == rows or j == cols or yard[i][j]:
            return 0
        if i == rows - 1 and j == cols - 1:
            return 1
        return routes(i + 1, j) + routes(i, j + 1)

    return routes(0, 0) % 1_000_000_007
