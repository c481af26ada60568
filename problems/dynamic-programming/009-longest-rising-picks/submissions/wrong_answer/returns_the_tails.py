# bug: returns the final list of tail positions as the answer; its length is right, but later small numbers replace tails, so the positions need not be in order
# fails on: {"nums": [3, 4, 1]}
from bisect import bisect_left


def longestRisingPicks(nums):
    tails, where = [], []
    for i, x in enumerate(nums):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            where.append(i)
        else:
            tails[k] = x
            where[k] = i
    return where
