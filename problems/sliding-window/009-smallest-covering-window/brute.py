"""Brute force for cross-checking the reference: test every substring, shortest first."""

from collections import Counter

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "s": st.text(alphabet="abcA", max_size=12),
            "t": st.text(alphabet="abcAd", min_size=1, max_size=4),
        }
    )


def smallestCoveringWindow(s, t):
    need = Counter(t)
    for length in range(1, len(s) + 1):
        for start in range(len(s) - length + 1):
            have = Counter(s[start : start + length])
            if all(have[ch] >= n for ch, n in need.items()):
                return s[start : start + length]
    return ""
