# bug: the memo is keyed on the amount left alone, not on which token values may still be used, so every order is counted
# fails on: {"tokens": [1, 2, 5], "fare": 5}
from functools import lru_cache


def waysToPay(tokens, fare):
    @lru_cache(maxsize=None)
    def ways(left):
        if left == 0:
            return 1
        return sum(ways(left - t) for t in tokens if t <= left) % 1_000_000_007

    return ways(fare)
