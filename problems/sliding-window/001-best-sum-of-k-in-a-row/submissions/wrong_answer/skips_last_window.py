# bug: slide loop stops one step early, so the window ending at the last element is never checked
# fails on: {"nums": [1, 2, 3], "k": 2}
# origin: independent
from typing import List


def bestWindowSum(nums: List[int], k: int) -> int:
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums) - 1):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
