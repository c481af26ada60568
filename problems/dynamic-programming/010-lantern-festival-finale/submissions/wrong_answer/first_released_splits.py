# bug: recurses on the lantern released FIRST in a range, scoring it with its original neighbours, and then solves the two sides as if that lantern were still there between them
# fails on: {"glow": [2, 4, 3]}
from functools import lru_cache


def bestFinale(glow):
    n = len(glow)

    def near(x):
        return glow[x] if 0 <= x < n else 1

    @lru_cache(maxsize=None)
    def best(i, j):
        if i > j:
            return 0
        return max(near(k - 1) * glow[k] * near(k + 1) + best(i, k - 1) + best(k + 1, j) for k in range(i, j + 1))

    return best(0, n - 1)
