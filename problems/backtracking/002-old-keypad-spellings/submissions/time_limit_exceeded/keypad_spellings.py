# slow: O(n * 16^m): every new string is checked against the whole result list with `not in` before it is added
# origin: independent
def keypadSpellings(digits: str) -> List[str]:
    if not digits:
        return []
    letters = {
        "0": "0", "1": "1", "2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
    }
    result = [""]
    for d in digits:
        extended = []
        for s in result:
            for ch in letters[d]:
                word = s + ch
                if word not in extended:
                    extended.append(word)
        result = extended
    return result
