# bug: records the window length before shrinking it back to at most k kinds (fails samples 1 and 2)
# fails on: {"nums": [1, 2], "k": 1}
# origin: independent
from typing import List


def longestRunWithFewKinds(nums: List[int], k: int) -> int:
    counts = {}
    left = 0
    best = 0
    for right, x in enumerate(nums):
        counts[x] = counts.get(x, 0) + 1
        best = max(best, right - left + 1)
        while len(counts) > k:
            counts[nums[left]] -= 1
            if counts[nums[left]] == 0:
                del counts[nums[left]]
            left += 1
    return best
