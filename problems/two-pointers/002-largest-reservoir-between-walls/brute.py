"""Brute force for cross-checking the reference: every pair of walls."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"heights": st.lists(st.integers(0, 12), max_size=14)})


def maxReservoir(heights):
    best = 0
    for i in range(len(heights)):
        for j in range(i + 1, len(heights)):
            best = max(best, (j - i) * min(heights[i], heights[j]))
    return best
