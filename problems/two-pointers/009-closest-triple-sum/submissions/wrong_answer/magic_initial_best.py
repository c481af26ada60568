# bug: starts best at a made-up value 10**4 instead of a real triple sum, which can beat every real sum
# fails on: {"nums": [0, 0, 0], "target": 10000}
# origin: independent
from typing import List


def closestTripleSum(nums: List[int], target: int) -> int:
    nums = sorted(nums)
    n = len(nums)
    best = 10**4
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = nums[i] + nums[lo] + nums[hi]
            if abs(total - target) < abs(best - target):
                best = total
            if total < target:
                lo += 1
            elif total > target:
                hi -= 1
            else:
                return total
    return best
