"""Brute force: every order of the beads, repeats removed with a set."""

from itertools import permutations

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"beads": st.lists(st.one_of(st.integers(-2, 2), st.integers(-100, 100)), max_size=7)}
    )


def beadStrings(beads):
    return [list(p) for p in set(permutations(beads))]
