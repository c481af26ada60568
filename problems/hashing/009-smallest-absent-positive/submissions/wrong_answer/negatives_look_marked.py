# bug: sign-marking without first clearing out zeros and negatives, so an original negative value looks like a "present" mark
# fails on: {"nums": [-1]}
# origin: independent
from typing import List


def smallestAbsentPositive(nums: List[int]) -> int:
    n = len(nums)
    for x in nums:
        v = abs(x)
        if 1 <= v <= n:
            nums[v - 1] = -abs(nums[v - 1])
    for i in range(n):
        if nums[i] >= 0:
            return i + 1
    return n + 1
