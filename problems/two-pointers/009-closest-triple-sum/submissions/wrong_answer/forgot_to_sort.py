# bug: runs the two-pointer scan without sorting first, assuming the input is already sorted; fails sample 01
# fails on: {"nums": [0, 1, 0, 0], "target": -1}
# origin: independent
from typing import List


def closestTripleSum(nums: List[int], target: int) -> int:
    n = len(nums)
    best = nums[0] + nums[1] + nums[2]
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
