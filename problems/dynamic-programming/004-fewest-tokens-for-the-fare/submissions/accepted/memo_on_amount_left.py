# top-down on the amount still to pay, memoised (10^4 calls deep with a token of value 1)
from functools import lru_cache


def fewestTokens(tokens, fare):
    @lru_cache(maxsize=None)
    def fewest(left):
        if left == 0:
            return 0
        best = float("inf")
        for t in tokens:
            if t <= left:
                best = min(best, fewest(left - t) + 1)
        return best

    answer = fewest(fare)
    return -1 if answer == float("inf") else answer
