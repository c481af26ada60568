# bug: returns [] when no key with letters was pressed, although "10" still types "10" (passes the samples)
# fails on: {"digits": "10"}
# origin: independent
def keypadSpellings(digits: str) -> List[str]:
    letters = {
        "2": "abc", "3": "def", "4": "ghi", "5": "jkl",
        "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
    }
    if not any(d in letters for d in digits):
        return []
    result = [""]
    for d in digits:
        options = letters.get(d, d)
        result = [s + ch for s in result for ch in options]
    return result
