# bug: builds a new list and rebinds the local name, so the caller's list is left unchanged; fails samples 01 and 02
# fails on: {"nums": [0, 1]}
# origin: independent
from typing import List


def pushZerosToEnd(nums: List[int]) -> None:
    zeros = nums.count(0)
    nums = [x for x in nums if x != 0] + [0] * zeros
