"""Brute force for cross-checking the reference: try every pair."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "nums": st.lists(st.integers(-20, 20), max_size=12).map(sorted),
            "target": st.integers(-45, 45),
        }
    )


def pairWithTargetSum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
