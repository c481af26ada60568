# bug: the value->index map keeps only the first position of each value, so a pair of equal values is missed
# fails on: {"nums": [2, 2], "target": 4}
# origin: independent
from typing import List


def pairWithTargetSum(nums: List[int], target: int) -> List[int]:
    position = {}
    for i, value in enumerate(nums):
        if value not in position:
            position[value] = i
    for i, value in enumerate(nums):
        j = position.get(target - value)
        if j is not None and j > i:
            return [i, j]
    return []
