# bug: updates the best length only when a run breaks, so the run that reaches the largest value is never counted (fails sample 2)
# fails on: {"nums": [8, 1, 7]}
# origin: independent
from typing import List


def longestConsecutiveRun(nums: List[int]) -> int:
    if not nums:
        return 0
    values = sorted(set(nums))
    best = 1
    current = 1
    for i in range(1, len(values)):
        if values[i] == values[i - 1] + 1:
            current += 1
        else:
            best = max(best, current)
            current = 1
    return best
