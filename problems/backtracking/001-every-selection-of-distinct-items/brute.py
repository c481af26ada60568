"""Brute force: every bit mask of n bits is one selection."""

from hypothesis import strategies as st


def inputs():
    # small numbers as often as wide ones: digits that run together ([1, 23] beside
    # [1, 2, 3], or [-12] beside [-1, 2]) catch a selection keyed by joined digits
    number = st.integers(-30, 30) | st.integers(-1000, 1000)
    return st.fixed_dictionaries({"items": st.lists(number, max_size=8, unique=True)})


def allSelections(items):
    n = len(items)
    return [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
