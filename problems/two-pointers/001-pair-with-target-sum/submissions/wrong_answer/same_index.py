# bug: loops while left <= right, so it can pair an element with itself when 2*nums[i] == target
# fails on: {"nums": [1, 3, 4], "target": 6}
# origin: independent
from typing import List


def pairWithTargetSum(nums: List[int], target: int) -> List[int]:
    left, right = 0, len(nums) - 1
    while left <= right:
        total = nums[left] + nums[right]
        if total == target:
            return [left, right]
        if total < target:
            left += 1
        else:
            right -= 1
    return []
