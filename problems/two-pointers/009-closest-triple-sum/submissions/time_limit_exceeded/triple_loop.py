# slow: O(n^3): tries every triple of positions
# origin: independent
from typing import List


def closestTripleSum(nums: List[int], target: int) -> int:
    n = len(nums)
    best = None
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                total = nums[i] + nums[j] + nums[k]
                if best is None or abs(total - target) < abs(best - target):
                    best = total
    return best
