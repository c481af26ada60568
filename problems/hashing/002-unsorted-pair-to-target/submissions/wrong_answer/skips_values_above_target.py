# bug: skips any value larger than the target as "too big to help", which is only valid when all values are non-negative
# fails on: {"nums": [10, -2, 5], "target": 8}
# origin: independent
from typing import List


def findTargetPair(nums: List[int], target: int) -> List[int]:
    index_of = {}
    for j, x in enumerate(nums):
        if x > target:
            continue
        need = target - x
        if need in index_of:
            return [index_of[need], j]
        index_of[x] = j
    return []
