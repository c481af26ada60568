# top-down: the cheapest way from each step to the landing, memoised, recursing 10^5 deep
from functools import lru_cache


def cheapestClimb(toll):
    n = len(toll)

    @lru_cache(maxsize=None)
    def rest(i):
        if i >= n:
            return 0
        return toll[i] + min(rest(i + 1), rest(i + 2))

    return min(rest(0), rest(1))
