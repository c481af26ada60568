# bug: right pointer starts at len(nums) - 2, so the last element is never used
# fails on: {"nums": [1, 2], "target": 3}
# origin: independent
from typing import List


def pairWithTargetSum(nums: List[int], target: int) -> List[int]:
    left, right = 0, len(nums) - 2
    while left < right:
        total = nums[left] + nums[right]
        if total == target:
            return [left, right]
        if total < target:
            left += 1
        else:
            right -= 1
    return []
