"""Brute force for cross-checking the reference: sort every piece of length len(p)."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "s": st.text(alphabet="abc", min_size=1, max_size=14),
            "p": st.text(alphabet="abc", min_size=1, max_size=5),
        }
    )


def anagramStarts(s, p):
    m = len(p)
    return [i for i in range(len(s) - m + 1) if sorted(s[i:i + m]) == sorted(p)]
