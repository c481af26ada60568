# bug: keys 0 and 1 are given no characters at all, so any input containing them yields nothing
# fails on: {"digits": "21"}
from itertools import product

KEYS = {"0": "", "1": "", "2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def keypadSpellings(digits):
    if not digits:
        return []
    return ["".join(p) for p in product(*(KEYS[d] for d in digits))]
