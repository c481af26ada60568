"""Brute force for cross-checking the reference: try every run start and length."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-8, 8), max_size=14)})


def longestConsecutiveRun(nums):
    best = 0
    for v in nums:
        m = 1
        while all(v + d in nums for d in range(m + 1)):
            m += 1
        best = max(best, m)
    return best
