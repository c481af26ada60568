"""Brute force: every string of the right length over the letters a-z and 0-1, kept when
each character belongs to its key (tiny inputs only)."""

from itertools import product

from hypothesis import strategies as st

KEYS = {
    "0": "0", "1": "1", "2": "abc", "3": "def", "4": "ghi",
    "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
}
ALPHABET = "01abcdefghijklmnopqrstuvwxyz"


def inputs():
    return st.fixed_dictionaries({"digits": st.text(alphabet="0123456789", max_size=3)})


def keypadSpellings(digits):
    if not digits:
        return []
    return [
        "".join(chars)
        for chars in product(ALPHABET, repeat=len(digits))
        if all(ch in KEYS[d] for ch, d in zip(chars, digits))
    ]
