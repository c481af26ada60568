# bug: uses bisect_right, so equal numbers extend the sequence as if they rose (fails sample 2)
# fails on: {"nums": [1, 1]}
# origin: independent
from bisect import bisect_right


def longestRisingPicks(nums: List[int]) -> List[int]:
    tails = []
    tail_pos = []
    prev = [-1] * len(nums)
    for i, x in enumerate(nums):
        k = bisect_right(tails, x)
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
    return out[::-1]
