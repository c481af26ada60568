"""Brute force for cross-checking the reference: add up every stretch from scratch."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "nums": st.lists(st.integers(-4, 4), max_size=14),
            "k": st.integers(-8, 8),
        }
    )


def countTargetSumStretches(nums, k):
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i, n) if sum(nums[i : j + 1]) == k)
