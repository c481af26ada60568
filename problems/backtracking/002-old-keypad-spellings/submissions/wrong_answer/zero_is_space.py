# bug: key 0 types a space, as on a real phone, instead of the digit 0 (fails sample 2)
# fails on: {"digits": "20"}
# origin: independent
def keypadSpellings(digits: str) -> List[str]:
    if not digits:
        return []
    letters = {
        "0": " ", "1": "1", "2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
    }
    result = []

    def build(index, current):
        if index == len(digits):
            result.append(current)
            return
        for ch in letters[digits[index]]:
            build(index + 1, current + ch)

    build(0, "")
    return result
