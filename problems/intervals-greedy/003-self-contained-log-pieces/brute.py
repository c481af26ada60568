"""Brute force: a cut before position i is allowed exactly when no letter appears on both
sides; cutting at every allowed position gives the most pieces."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"s": st.text(alphabet="abcz", min_size=1, max_size=12)})


def splitIntoPieces(s):
    cuts = [i for i in range(1, len(s)) if not set(s[:i]) & set(s[i:])]
    bounds = [0] + cuts + [len(s)]
    return [b - a for a, b in zip(bounds, bounds[1:])]
