"""Brute force for cross-checking the reference: try paces 1, 2, 3, ... until one fits."""

from hypothesis import strategies as st


def _with_hours(pages):
    return st.fixed_dictionaries({"pages": st.just(pages), "hours": st.integers(len(pages), len(pages) + 60)})


def inputs():
    return st.lists(st.integers(1, 40), min_size=1, max_size=8).flatmap(_with_hours)


def slowestPace(pages, hours):
    p = 1
    while sum((x + p - 1) // p for x in pages) > hours:
        p += 1
    return p
