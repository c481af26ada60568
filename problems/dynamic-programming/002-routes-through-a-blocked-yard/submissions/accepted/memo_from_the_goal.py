# top-down: routes from each cell to the goal, memoised
from functools import lru_cache


def countRoutes(yard):
    rows, cols = len(yard), len(yard[0])
    mod = 10**9 + 7

    @lru_cache(maxsize=None)
    def routes(i, j):
        if i == rows or j == cols or yard[i][j]:
            return 0
        if i == rows - 1 and j == cols - 1:
            return 1
        return (routes(i + 1, j) + routes(i, j + 1)) % mod

    return routes(0, 0)
