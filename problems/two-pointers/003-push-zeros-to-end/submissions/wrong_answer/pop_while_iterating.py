# bug: pops zeros while walking forward by index, so the element that slides into the popped slot is skipped; fails sample 02
# fails on: {"nums": [0, 0, 1]}
# origin: independent
from typing import List


def pushZerosToEnd(nums: List[int]) -> None:
    for i in range(len(nums)):
        if nums[i] == 0:
            nums.append(nums.pop(i))
