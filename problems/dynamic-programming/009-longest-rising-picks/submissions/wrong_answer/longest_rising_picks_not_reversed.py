# bug: follows the parent links back from the end but forgets to reverse, so positions come out decreasing (fails samples 1 and 3)
# fails on: {"nums": [1, 2]}
# origin: independent
from bisect import bisect_left


def longestRisingPicks(nums: List[int]) -> List[int]:
    tails = []
    tail_pos = []
    prev = [-1] * len(nums)
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
    out = []
    i = tail_pos[-1] if tail_pos else -1
    while i != -1:
        out.append(i)
        i = prev[i]
    return out
