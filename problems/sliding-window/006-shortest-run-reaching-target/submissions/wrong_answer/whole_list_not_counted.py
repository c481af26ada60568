# bug: uses len(nums) as the "not found" sentinel, so a run that needs the whole list is reported as 0
# fails on: {"nums": [1, 2], "target": 3}
# origin: independent
from typing import List


def shortestRunReachingTarget(nums: List[int], target: int) -> int:
    best = len(nums)
    total = 0
    left = 0
    for right in range(len(nums)):
        total += nums[right]
        while total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return best if best < len(nums) else 0
