# slow: O(n^2): tries every start position and extends a running sum to every end position
# origin: independent
from typing import List


def countTargetSumStretches(nums: List[int], k: int) -> int:
    n = len(nums)
    count = 0
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total == k:
                count += 1
    return count
