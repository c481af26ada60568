# bug: shrinks while kinds >= k instead of > k, so windows with exactly k kinds are never kept (fails sample 1)
# fails on: {"nums": [1, 2], "k": 2}
# origin: independent
from typing import List


def longestRunWithFewKinds(nums: List[int], k: int) -> int:
    counts = {}
    left = 0
    best = 0
    for right, x in enumerate(nums):
        counts[x] = counts.get(x, 0) + 1
        while counts and len(counts) >= k:
            counts[nums[left]] -= 1
            if counts[nums[left]] == 0:
                del counts[nums[left]]
            left += 1
        best = max(best, right - left + 1)
    return best
