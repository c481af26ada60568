"""Brute force: every way to put each crate on one side or the other."""

from itertools import product

from hypothesis import strategies as st


def inputs():
    weights = st.one_of(st.integers(1, 6), st.integers(1, 200))
    return st.fixed_dictionaries({"weights": st.lists(weights, min_size=1, max_size=12)})


def canSplitEvenly(weights):
    for sides in product((0, 1), repeat=len(weights)):
        left = sum(w for w, s in zip(weights, sides) if s == 0)
        right = sum(w for w, s in zip(weights, sides) if s == 1)
        if left == right:
            return True
    return False
