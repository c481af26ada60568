# origin: independent
from bisect import bisect_left


def longestRisingPicks(nums: List[int]) -> List[int]:
    tail_values = []
    tail_positions = []
    parent = [-1] * len(nums)
    for i, x in enumerate(nums):
        k = bisect_left(tail_values, x)
        if k > 0:
            parent[i] = tail_positions[k - 1]
        if k == len(tail_values):
            tail_values.append(x)
            tail_positions.append(i)
        else:
            tail_values[k] = x
            tail_positions[k] = i
    picks = []
    i = tail_positions[-1] if tail_positions else -1
    while i != -1:
        picks.append(i)
        i = parent[i]
    picks.reverse()
    return picks
