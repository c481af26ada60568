# bug: uses a shrink-while-too-big sliding window, which only works when all values are positive (fails samples)
# fails on: {"nums": [4, -1], "k": 3}
# origin: independent
from typing import List


def countTargetSumStretches(nums: List[int], k: int) -> int:
    count = 0
    total = 0
    left = 0
    for right, x in enumerate(nums):
        total += x
        while total > k and left <= right:
            total -= nums[left]
            left += 1
        if total == k and left <= right:
            count += 1
    return count
