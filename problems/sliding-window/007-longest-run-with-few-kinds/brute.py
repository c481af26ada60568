"""Brute force for cross-checking the reference: count distinct values of every run."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "nums": st.lists(st.integers(-3, 3), max_size=12),
            "k": st.integers(0, 8),
        }
    )


def longestRunWithFewKinds(nums, k):
    best = 0
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            if len(set(nums[i : j + 1])) <= k:
                best = max(best, j - i + 1)
    return best
