"""Brute force for cross-checking the reference: try 1, 2, 3, ... in turn."""

from hypothesis import strategies as st


def inputs():
    small = st.integers(-3, 12)
    extreme = st.sampled_from([-(2**31), 2**31 - 1])
    return st.fixed_dictionaries(
        {"nums": st.lists(st.one_of(small, small, small, extreme), max_size=12)}
    )


def smallestAbsentPositive(nums):
    candidate = 1
    while candidate in nums:
        candidate += 1
    return candidate
