"""Brute force for cross-checking the reference: rewrite the list in sorted order."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"colours": st.lists(st.sampled_from([0, 1, 2]), max_size=15)})


def partitionColours(colours):
    colours[:] = sorted(colours)
