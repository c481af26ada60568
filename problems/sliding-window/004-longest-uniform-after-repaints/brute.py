"""Brute force for cross-checking the reference: test every stretch directly."""

from collections import Counter

from hypothesis import strategies as st


def inputs():
    return st.text(alphabet="ABCZ", max_size=14).flatmap(
        lambda s: st.fixed_dictionaries({"s": st.just(s), "k": st.integers(0, len(s))})
    )


def longestUniformStretch(s, k):
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            piece = s[i:j]
            if len(piece) - max(Counter(piece).values()) <= k:
                best = max(best, len(piece))
    return best
