# bug: assumes a single element always qualifies and starts best at 1, wrong when k = 0 (fails sample 2)
# fails on: {"nums": [4], "k": 0}
# origin: independent
from typing import List


def longestRunWithFewKinds(nums: List[int], k: int) -> int:
    if not nums:
        return 0
    counts = {}
    left = 0
    best = 1
    for right, x in enumerate(nums):
        counts[x] = counts.get(x, 0) + 1
        while len(counts) > k:
            counts[nums[left]] -= 1
            if counts[nums[left]] == 0:
                del counts[nums[left]]
            left += 1
        best = max(best, right - left + 1)
    return best
