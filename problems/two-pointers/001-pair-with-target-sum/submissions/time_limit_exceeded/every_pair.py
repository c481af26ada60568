# slow: O(n^2): tries every pair of positions
# origin: independent
from typing import List


def pairWithTargetSum(nums: List[int], target: int) -> List[int]:
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
