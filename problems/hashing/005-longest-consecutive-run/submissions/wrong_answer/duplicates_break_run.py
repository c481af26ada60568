# bug: sorts and scans but treats a repeated value as a break in the run instead of skipping it
# fails on: {"nums": [1, 2, 2, 3]}
# origin: independent
from typing import List


def longestConsecutiveRun(nums: List[int]) -> int:
    if not nums:
        return 0
    nums = sorted(nums)
    best = current = 1
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1] + 1:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
