# bug: drops keys 0 and 1 from the spelling instead of typing the digit itself
# fails on: {"digits": "120"}
KEYS = {"2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def keypadSpellings(digits):
    keys = [d for d in digits if d in KEYS]
    if not digits:
        return []
    out = [""]
    for d in keys:
        out = [s + ch for s in out for ch in KEYS[d]]
    return out
