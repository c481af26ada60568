# bug: when a new kind overflows the window, restarts from the last run only (the two-basket trick), which is right only for k = 2
# fails on: {"nums": [1, 2], "k": 1}
# origin: independent
from typing import List


def longestRunWithFewKinds(nums: List[int], k: int) -> int:
    if k == 0:
        return 0
    kinds = set()
    left = 0
    run_start = 0
    best = 0
    for right, x in enumerate(nums):
        if x not in kinds and len(kinds) == k:
            left = run_start
            kinds = {nums[right - 1]}
        kinds.add(x)
        if right == 0 or x != nums[right - 1]:
            run_start = right
        best = max(best, right - left + 1)
    return best
