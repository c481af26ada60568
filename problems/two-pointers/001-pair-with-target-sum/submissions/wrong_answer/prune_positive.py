# bug: stops early once nums[left] > target, which is only valid for non-negative values
# fails on: {"nums": [-2, -1], "target": -3}
# origin: independent
from typing import List


def pairWithTargetSum(nums: List[int], target: int) -> List[int]:
    left, right = 0, len(nums) - 1
    while left < right:
        if nums[left] > target:
            break
        total = nums[left] + nums[right]
        if total == target:
            return [left, right]
        if total < target:
            left += 1
        else:
            right -= 1
    return []
