# bug: uses 0 as the "no parent" mark, so the walk back stops before position 0 and drops it (fails sample 3)
# fails on: {"nums": [1, 2]}
# origin: independent
from bisect import bisect_left


def longestRisingPicks(nums: List[int]) -> List[int]:
    tails = []
    tail_pos = []
    prev = [0] * len(nums)
    for i, x in enumerate(nums):
        k = bisect_left(tails, x)
        if k > 0:
            prev[i] = tail_pos[k - 1]
        if k == len(tails):
            tails.append(x)
            tail_pos.append(i)
        else:
            tails[k] = x
            tail_pos[k] = i
    if not tails:
        return []
    out = [tail_pos[-1]]
    while prev[out[-1]]:
        out.append(prev[out[-1]])
    return out[::-1]
