# bug: best starts at -10^4 (the smallest single value), but a window of k values can sum far lower
# fails on: {"nums": [-10000, -10000, -9999], "k": 2}
# origin: independent
from typing import List


def bestWindowSum(nums: List[int], k: int) -> int:
    best = -10000
    window = 0
    for i, x in enumerate(nums):
        window += x
        if i >= k:
            window -= nums[i - k]
        if i >= k - 1:
            best = max(best, window)
    return best
