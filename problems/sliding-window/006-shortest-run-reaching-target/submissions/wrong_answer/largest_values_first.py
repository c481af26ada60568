# bug: greedy: takes the largest values regardless of position, ignoring that the run must be contiguous
# fails on: {"nums": [5, 1, 5], "target": 10}
# origin: independent
from typing import List


def shortestRunReachingTarget(nums: List[int], target: int) -> int:
    total = 0
    for count, x in enumerate(sorted(nums, reverse=True), 1):
        total += x
        if total >= target:
            return count
    return 0
