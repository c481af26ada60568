"""Smallest tails with binary search, plus predecessor links to rebuild the picks.

tails[k] is the index of the smallest value that ends a strictly rising run of k + 1
picks among the numbers seen so far; those values strictly increase with k. A new number
finds (binary search) the first tail whose value is >= it: it ends a run one longer than
the tail before that one, so that earlier tail is its predecessor, and it replaces the
tail it found (or extends the list). The last tail ends a longest run; following the
predecessors back rebuilds it.

Time O(n log n); extra space O(n).
"""

from bisect import bisect_left


def longestRisingPicks(nums: list[int]) -> list[int]:
    tail_values: list[int] = []
    tail_index: list[int] = []
    before = [-1] * len(nums)
    for i, x in enumerate(nums):
        k = bisect_left(tail_values, x)
        before[i] = tail_index[k - 1] if k else -1
        if k == len(tail_values):
            tail_values.append(x)
            tail_index.append(i)
        else:
            tail_values[k] = x
            tail_index[k] = i
    picks = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        picks.append(i)
        i = before[i]
    picks.reverse()
    return picks
