"""Brute force: the O(n^2) table of the longest rising run ending at each position."""

from hypothesis import strategies as st


def inputs():
    numbers = st.one_of(st.integers(-3, 3), st.integers(-(10**9), 10**9))
    return st.fixed_dictionaries({"nums": st.lists(numbers, max_size=14)})


def longestRisingPicks(nums):
    runs = []  # runs[i]: a longest rising list of positions ending at i
    for i, x in enumerate(nums):
        best = []
        for j in range(i):
            if nums[j] < x and len(runs[j]) > len(best):
                best = runs[j]
        runs.append(best + [i])
    return max(runs, key=len, default=[])
