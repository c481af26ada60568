"""Brute force: every bit mask picks some items; a set of sorted tuples drops repeats."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"pile": st.lists(st.one_of(st.integers(-3, 3), st.integers(-100, 100)), max_size=9)}
    )


def distinctBaskets(pile):
    n = len(pile)
    seen = {tuple(sorted(pile[i] for i in range(n) if m >> i & 1)) for m in range(1 << n)}
    return [list(t) for t in seen]
