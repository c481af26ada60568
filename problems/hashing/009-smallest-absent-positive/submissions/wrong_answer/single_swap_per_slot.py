# bug: does at most one swap per index (if instead of while), so a value swapped into an already-visited slot is never moved home
# fails on: {"nums": [2, 3, 4, 1]}
# origin: independent
from typing import List


def smallestAbsentPositive(nums: List[int]) -> int:
    n = len(nums)
    for i in range(n):
        if 1 <= nums[i] <= n and nums[nums[i] - 1] != nums[i]:
            j = nums[i] - 1
            nums[i], nums[j] = nums[j], nums[i]
    for i in range(n):
        if nums[i] != i + 1:
            return i + 1
    return n + 1
