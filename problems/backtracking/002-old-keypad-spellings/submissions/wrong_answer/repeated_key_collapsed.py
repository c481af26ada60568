# bug: collects the letters per key in a dict keyed by the digit, so a key pressed twice only counts once (passes the samples)
# fails on: {"digits": "22"}
# origin: independent
def keypadSpellings(digits: str) -> List[str]:
    if not digits:
        return []
    letters = {
        "0": "0", "1": "1", "2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
    }
    choices = {d: letters[d] for d in digits}
    result = [""]
    for options in choices.values():
        result = [s + ch for s in result for ch in options]
    return result
