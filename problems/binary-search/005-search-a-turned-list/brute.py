"""Brute force for cross-checking the reference: look at every position."""

from hypothesis import strategies as st

VALUE = st.one_of(st.integers(-15, 15), st.sampled_from([-10**9, 10**9]))


@st.composite
def _turned(draw):
    values = sorted(draw(st.sets(VALUE, min_size=1, max_size=10)))
    k = draw(st.integers(0, len(values) - 1))
    return values[k:] + values[:k]


def inputs():
    return st.fixed_dictionaries({"nums": _turned(), "queries": st.lists(VALUE, min_size=1, max_size=8)})


def searchTurned(nums, queries):
    answers = []
    for q in queries:
        found = -1
        for i, x in enumerate(nums):
            if x == q:
                found = i
        answers.append(found)
    return answers
