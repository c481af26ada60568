# bug: with no keys pressed it returns [""] (one empty spelling) instead of []
# fails on: {"digits": ""}
KEYS = {"0": "0", "1": "1", "2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def keypadSpellings(digits):
    level = [""]
    for d in digits:
        level = [s + ch for s in level for ch in KEYS[d]]
    return level
