# slow: O(n^2): from every start, adds values until the target is reached
# origin: independent
from typing import List


def shortestRunReachingTarget(nums: List[int], target: int) -> int:
    n = len(nums)
    best = 0
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total >= target:
                if best == 0 or j - i + 1 < best:
                    best = j - i + 1
                break
    return best
