# bug: after compacting the non-zero values, the zero fill starts at write + 1, leaving one stale value; fails sample 01
# fails on: {"nums": [0, 5]}
# origin: independent
from typing import List


def pushZerosToEnd(nums: List[int]) -> None:
    write = 0
    for value in nums:
        if value != 0:
            nums[write] = value
            write += 1
    for i in range(write + 1, len(nums)):
        nums[i] = 0
