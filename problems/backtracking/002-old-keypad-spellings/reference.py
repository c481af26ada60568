LETTERS = {
    "0": "0", "1": "1", "2": "abc", "3": "def", "4": "ghi",
    "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
}


def keypadSpellings(digits):
    """Pick one character per key, left to right, and record each full spelling."""
    if not digits:
        return []
    answer = []
    picked = []

    def extend(i):
        if i == len(digits):
            answer.append("".join(picked))
            return
        for ch in LETTERS[digits[i]]:
            picked.append(ch)
            extend(i + 1)
            picked.pop()

    extend(0)
    return answer
