# bug: initialises the best length to 1, so the empty list returns 1 instead of 0 (fails sample 3)
# fails on: {"nums": []}
# origin: independent
from typing import List


def longestConsecutiveRun(nums: List[int]) -> int:
    values = set(nums)
    best = 1
    for v in values:
        if v - 1 not in values:
            length = 1
            while v + length in values:
                length += 1
            best = max(best, length)
    return best
