# bug: for empty input returns [""] (one empty spelling) instead of [] (fails sample 3)
# fails on: {"digits": ""}
# origin: independent
def keypadSpellings(digits: str) -> List[str]:
    letters = {
        "0": "0", "1": "1", "2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
    }
    result = [""]
    for d in digits:
        result = [s + ch for s in result for ch in letters[d]]
    return result
