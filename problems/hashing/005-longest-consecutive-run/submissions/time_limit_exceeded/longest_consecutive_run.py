# slow: O(n^2): walks upward from every distinct value, not only from the start of a run
# origin: independent
from typing import List


def longestConsecutiveRun(nums: List[int]) -> int:
    values = set(nums)
    best = 0
    for v in values:
        length = 1
        while v + length in values:
            length += 1
        best = max(best, length)
    return best
