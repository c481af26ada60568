"""Brute force for cross-checking the reference: compare every pair of positions."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "nums": st.lists(st.integers(-6, 6), max_size=14),
            "k": st.integers(0, 16),
        }
    )


def repeatWithinReach(nums, k):
    n = len(nums)
    return any(
        nums[i] == nums[j] and abs(i - j) <= k
        for i in range(n)
        for j in range(n)
        if i != j
    )
