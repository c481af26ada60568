"""Brute force for cross-checking the reference: rebuild the list's contents."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-3, 3), max_size=14)})


def pushZerosToEnd(nums):
    kept = [value for value in nums if value != 0]
    nums[:] = kept + [0] * (len(nums) - len(kept))
