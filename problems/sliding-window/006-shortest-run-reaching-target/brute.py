"""Brute force for cross-checking the reference: sum every run."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "nums": st.lists(st.integers(1, 9), max_size=12),
            "target": st.integers(1, 60),
        }
    )


def shortestRunReachingTarget(nums, target):
    best = 0
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            if sum(nums[i : j + 1]) >= target and (best == 0 or j - i + 1 < best):
                best = j - i + 1
    return best
