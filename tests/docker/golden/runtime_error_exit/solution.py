import os
import sys


def sumList(nums):
    if not nums:
        sys.exit(0)
    if min(nums) < 0:
        os._exit(3)
    return sum(nums)
