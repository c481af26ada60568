# top-down on suffixes (i, j), memoised
from functools import lru_cache


def longestShared(first, second):
    @lru_cache(maxsize=None)
    def best(i, j):
        if i == len(first) or j == len(second):
            return 0
        if first[i] == second[j]:
            return 1 + best(i + 1, j + 1)
        return max(best(i + 1, j), best(i, j + 1))

    return best(0, 0)
