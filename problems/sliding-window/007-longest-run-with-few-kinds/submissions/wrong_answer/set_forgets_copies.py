# bug: tracks kinds with a set, and removes the leaving value from the set even if another copy is still in the window
# fails on: {"nums": [1, 2, 1, 3, 3], "k": 2}
# origin: independent
from typing import List


def longestRunWithFewKinds(nums: List[int], k: int) -> int:
    kinds = set()
    left = 0
    best = 0
    for right, x in enumerate(nums):
        kinds.add(x)
        while len(kinds) > k:
            kinds.discard(nums[left])
            left += 1
        best = max(best, right - left + 1)
    return best
