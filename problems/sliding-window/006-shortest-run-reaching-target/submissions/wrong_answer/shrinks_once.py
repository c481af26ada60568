# bug: shrinks the window at most one step per new element (if instead of while), so it can stay too long (fails samples 1 and 3)
# fails on: {"nums": [1, 1, 5], "target": 5}
# origin: independent
from typing import List


def shortestRunReachingTarget(nums: List[int], target: int) -> int:
    best = float("inf")
    total = 0
    left = 0
    for right in range(len(nums)):
        total += nums[right]
        if total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return 0 if best == float("inf") else best
