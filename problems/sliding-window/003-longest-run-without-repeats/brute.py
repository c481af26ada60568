"""Brute force for cross-checking the reference: check every run with a set."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"s": st.text(alphabet="abcaAB 1!é日😀", max_size=14)}
    )


def longestDistinctRun(s):
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best
