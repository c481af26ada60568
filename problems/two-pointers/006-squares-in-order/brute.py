"""Brute force for cross-checking the reference: square everything, then sort."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-12, 12), max_size=14).map(sorted)})


def squaresInOrder(nums):
    return sorted(x * x for x in nums)
