# bug: builds the value->index map up front and never checks that the partner is a different position, so a value equal to half the target pairs with itself
# fails on: {"nums": [4, 1, 7], "target": 8}
# origin: independent
from typing import List


def findTargetPair(nums: List[int], target: int) -> List[int]:
    index_of = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        need = target - x
        if need in index_of:
            j = index_of[need]
            return [min(i, j), max(i, j)]
    return []
