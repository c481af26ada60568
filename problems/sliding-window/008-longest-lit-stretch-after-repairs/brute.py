"""Brute force for cross-checking the reference: count the zeros of every run."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "lamps": st.lists(st.integers(0, 1), max_size=14),
            "k": st.integers(0, 6),
        }
    )


def longestLitStretch(lamps, k):
    best = 0
    for i in range(len(lamps)):
        for j in range(i, len(lamps)):
            if lamps[i : j + 1].count(0) <= k:
                best = max(best, j - i + 1)
    return best
