# slow: O(n*k): re-sums every window from scratch
# origin: independent
from typing import List


def bestWindowSum(nums: List[int], k: int) -> int:
    best = None
    for i in range(len(nums) - k + 1):
        total = 0
        for j in range(i, i + k):
            total += nums[j]
        if best is None or total > best:
            best = total
    return best
