# bug: breaks as soon as 3 * nums[i] exceeds the target without first scoring the smallest sum that starts at i
# fails on: {"nums": [-10, 1, 1, 1], "target": 2}
# origin: independent
from typing import List


def closestTripleSum(nums: List[int], target: int) -> int:
    nums = sorted(nums)
    n = len(nums)
    best = nums[0] + nums[1] + nums[2]
    for i in range(n - 2):
        if 3 * nums[i] > target:
            break
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
