"""Brute force for cross-checking the reference: count the smaller values, one by one."""

from hypothesis import strategies as st


def inputs():
    value = st.one_of(st.integers(-12, 12), st.sampled_from([-10**9, 10**9]))
    return st.fixed_dictionaries(
        {
            "nums": st.lists(value, max_size=10, unique=True).map(sorted),
            "queries": st.lists(value, min_size=1, max_size=8),
        }
    )


def insertPositions(nums, queries):
    return [sum(1 for x in nums if x < q) for q in queries]
