# slow: O(n * min(n, k)): compares every position with each of the next k positions
# origin: independent
from typing import List


def repeatWithinReach(nums: List[int], k: int) -> bool:
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, min(n, i + k + 1)):
            if nums[i] == nums[j]:
                return True
    return False
