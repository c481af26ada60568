# top-down on (which token value, amount left): use this value once more, or move past it for good
from functools import lru_cache


def waysToPay(tokens, fare):
    mod = 10**9 + 7

    @lru_cache(maxsize=None)
    def ways(i, left):
        if left == 0:
            return 1
        if i == len(tokens):
            return 0
        total = ways(i + 1, left)
        if tokens[i] <= left:
            total += ways(i, left - tokens[i])
        return total % mod

    return ways(0, fare)
