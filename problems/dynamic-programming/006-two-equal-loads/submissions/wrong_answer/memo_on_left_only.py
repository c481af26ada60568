# bug: the memo is keyed on the weight still wanted alone, forgetting which crates are already used, so one crate can be counted twice
# fails on: {"weights": [2, 1, 1, 6]}
from functools import lru_cache


def canSplitEvenly(weights):
    total = sum(weights)
    if total % 2:
        return False

    @lru_cache(maxsize=None)
    def can(left):
        if left == 0:
            return True
        return any(w <= left and can(left - w) for w in weights)

    return can(total // 2)
