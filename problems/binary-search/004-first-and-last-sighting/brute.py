"""Brute force for cross-checking the reference: collect every index that holds q."""

from hypothesis import strategies as st


def inputs():
    value = st.one_of(st.integers(-4, 4), st.sampled_from([-10**9, 10**9]))
    return st.fixed_dictionaries(
        {
            "nums": st.lists(value, max_size=12).map(sorted),
            "queries": st.lists(value, min_size=1, max_size=8),
        }
    )


def valueSpans(nums, queries):
    answers = []
    for q in queries:
        where = [i for i, x in enumerate(nums) if x == q]
        answers.append([where[0], where[-1]] if where else [-1, -1])
    return answers
