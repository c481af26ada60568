# count map window: drop from the left until at most k distinct values remain
# origin: independent
from typing import List


def longestRunWithFewKinds(nums: List[int], k: int) -> int:
    counts = {}
    left = 0
    best = 0
    for right, x in enumerate(nums):
        counts[x] = counts.get(x, 0) + 1
        while len(counts) > k:
            y = nums[left]
            counts[y] -= 1
            if counts[y] == 0:
                del counts[y]
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
