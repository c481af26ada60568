# bug: sorts (value, index) pairs and uses two pointers, but returns the indices in value order instead of smaller position first (fails sample 1)
# fails on: {"nums": [3, 5, 1], "target": 4}
# origin: independent
from typing import List


def findTargetPair(nums: List[int], target: int) -> List[int]:
    order = sorted((x, i) for i, x in enumerate(nums))
    lo, hi = 0, len(order) - 1
    while lo < hi:
        total = order[lo][0] + order[hi][0]
        if total == target:
            return [order[lo][1], order[hi][1]]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
