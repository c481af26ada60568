"""Brute force: every bit mask of n bits is one selection."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"items": st.lists(st.integers(-1000, 1000), max_size=8, unique=True)}
    )


def allSelections(items):
    n = len(items)
    return [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
