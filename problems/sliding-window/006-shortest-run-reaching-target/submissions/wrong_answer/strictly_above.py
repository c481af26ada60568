# bug: checks total > target instead of >=, so a run summing exactly to the target does not count (fails samples 1 and 3)
# fails on: {"nums": [2, 3], "target": 3}
# origin: independent
from typing import List


def shortestRunReachingTarget(nums: List[int], target: int) -> int:
    best = float("inf")
    total = 0
    left = 0
    for right in range(len(nums)):
        total += nums[right]
        while total > target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return 0 if best == float("inf") else best
