"""Brute force: every way to place cuts between letters, kept when every piece reads the
same backwards."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"s": st.text(alphabet="abc", min_size=1, max_size=10)})


def mirrorCuts(s):
    n = len(s)
    out = []
    for mask in range(1 << (n - 1)):
        pieces, start = [], 0
        for i in range(n - 1):
            if mask >> i & 1:
                pieces.append(s[start : i + 1])
                start = i + 1
        pieces.append(s[start:])
        if all(p == p[::-1] for p in pieces):
            out.append(pieces)
    return out
