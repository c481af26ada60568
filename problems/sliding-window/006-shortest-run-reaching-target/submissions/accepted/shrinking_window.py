# shrinking window: grow to the right, drop from the left while the sum still reaches the target
# origin: independent
from typing import List


def shortestRunReachingTarget(nums: List[int], target: int) -> int:
    best = len(nums) + 1
    total = 0
    left = 0
    for right, x in enumerate(nums):
        total += x
        while total >= target:
            if right - left + 1 < best:
                best = right - left + 1
            total -= nums[left]
            left += 1
    return best if best <= len(nums) else 0
