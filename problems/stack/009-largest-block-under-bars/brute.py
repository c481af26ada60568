"""Brute force for cross-checking the reference: every stretch l..r with its lowest bar."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"heights": st.lists(st.one_of(st.integers(0, 6), st.integers(0, 10**9)), max_size=12)}
    )


def largestBlock(heights):
    best = 0
    for l in range(len(heights)):
        for r in range(l, len(heights)):
            best = max(best, (r - l + 1) * min(heights[l : r + 1]))
    return best
