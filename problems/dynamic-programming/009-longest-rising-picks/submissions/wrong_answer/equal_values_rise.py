# bug: binary search with bisect_right lets an equal number extend a run, so runs of equal numbers count as rising
# fails on: {"nums": [4, 4, 4]}
from bisect import bisect_right


def longestRisingPicks(nums):
    tails, where, before = [], [], [-1] * len(nums)
    for i, x in enumerate(nums):
        k = bisect_right(tails, x)
        before[i] = where[k - 1] if k else -1
        if k == len(tails):
            tails.append(x)
            where.append(i)
        else:
            tails[k] = x
            where[k] = i
    out, i = [], where[-1] if where else -1
    while i >= 0:
        out.append(i)
        i = before[i]
    return out[::-1]
