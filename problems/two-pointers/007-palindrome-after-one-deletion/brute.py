"""Brute force for cross-checking the reference: try every single deletion."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"s": st.text(alphabet="abc", min_size=1, max_size=12)})


def almostPalindrome(s):
    candidates = [s] + [s[:i] + s[i + 1 :] for i in range(len(s))]
    return any(t == t[::-1] for t in candidates)
