# slow: O(n * d): counts every distinct value with a full nums.count scan
# origin: independent
from typing import List


def mostCommonValues(nums: List[int], k: int) -> List[int]:
    pairs = []
    for v in set(nums):
        pairs.append((-nums.count(v), v))
    pairs.sort()
    return [v for _, v in pairs[:k]]
