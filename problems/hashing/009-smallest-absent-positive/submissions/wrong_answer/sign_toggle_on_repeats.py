# bug: marks presence by flipping the sign instead of forcing it negative, so a value seen twice unmarks itself (fails sample 2)
# fails on: {"nums": [1, 1]}
# origin: independent
from typing import List


def smallestAbsentPositive(nums: List[int]) -> int:
    n = len(nums)
    for i in range(n):
        if nums[i] <= 0 or nums[i] > n:
            nums[i] = n + 1
    for x in nums:
        v = abs(x)
        if v <= n:
            nums[v - 1] = -nums[v - 1]
    for i in range(n):
        if nums[i] > 0:
            return i + 1
    return n + 1
