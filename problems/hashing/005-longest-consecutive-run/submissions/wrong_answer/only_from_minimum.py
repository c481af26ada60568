# bug: assumes the longest run starts at the smallest value, so it only measures the run beginning at min(nums)
# fails on: {"nums": [1, 5, 6, 7]}
# origin: independent
from typing import List


def longestConsecutiveRun(nums: List[int]) -> int:
    if not nums:
        return 0
    values = set(nums)
    start = min(values)
    length = 1
    while start + length in values:
        length += 1
    return length
