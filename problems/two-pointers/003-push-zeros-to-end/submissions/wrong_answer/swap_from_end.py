# bug: swaps each zero with the last unprocessed element, which breaks the order of the non-zero values; fails samples 01 and 02
# fails on: {"nums": [0, 1, 2]}
# origin: independent
from typing import List


def pushZerosToEnd(nums: List[int]) -> None:
    left, right = 0, len(nums) - 1
    while left < right:
        if nums[left] == 0:
            nums[left], nums[right] = nums[right], nums[left]
            right -= 1
        else:
            left += 1
