# bug: returns the positions left in the tails array, which has the right length but mixes positions from different sequences (passes all samples)
# fails on: {"nums": [2, 3, 1]}
# origin: independent
from bisect import bisect_left


def longestRisingPicks(nums: List[int]) -> List[int]:
    tails = []
    where = []
    for i, x in enumerate(nums):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            where.append(i)
        else:
            tails[k] = x
            where[k] = i
    return where
