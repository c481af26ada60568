# bug: assumes every key has three letters, so s and z (fourth letters of 7 and 9) are never typed
# fails on: {"digits": "7"}
KEYS = {"0": "0", "1": "1", "2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqr", "8": "tuv", "9": "wxy"}


def keypadSpellings(digits):
    if not digits:
        return []
    out = []

    def go(i, s):
        if i == len(digits):
            out.append(s)
            return
        for ch in KEYS[digits[i]]:
            go(i + 1, s + ch)

    go(0, "")
    return out
