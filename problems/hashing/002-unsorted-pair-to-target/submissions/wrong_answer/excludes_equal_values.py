# bug: rules out "using the same element twice" by comparing values instead of positions, so a pair of two equal values is never found (fails sample 2)
# fails on: {"nums": [1, 3, 3], "target": 6}
# origin: independent
from typing import List


def findTargetPair(nums: List[int], target: int) -> List[int]:
    index_of = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        need = target - x
        if need in index_of and need != x:
            j = index_of[need]
            return [min(i, j), max(i, j)]
    return []
