# slow: O(n^3): checks every triple of positions and dedupes with a set
# origin: independent
from typing import List


def zeroSumTriplets(nums: List[int]) -> List[List[int]]:
    n = len(nums)
    found = set()
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if nums[i] + nums[j] + nums[k] == 0:
                    found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
    return [list(t) for t in found]
