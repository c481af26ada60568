"""Brute force for cross-checking the reference: every pair sum, sorted."""

from hypothesis import strategies as st

VALUES = st.one_of(st.integers(-4, 4), st.sampled_from([-(10**9), 10**9]))


def _with_k(a, b):
    return st.fixed_dictionaries(
        {"a": st.just(a), "b": st.just(b), "k": st.integers(0, len(a) * len(b))}
    )


def inputs():
    lists = st.lists(VALUES, max_size=6).map(sorted)
    return st.tuples(lists, lists).flatmap(lambda t: _with_k(*t))


def lightestPairSums(a, b, k):
    return sorted(x + y for x in a for y in b)[:k]
