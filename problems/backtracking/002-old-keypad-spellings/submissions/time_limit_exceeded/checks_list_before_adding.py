# slow: O(k^2) for k spellings: before adding each finished spelling it searches the answer list for it
KEYS = {"0": "0", "1": "1", "2": "abc", "3": "def", "4": "ghi",
        "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def keypadSpellings(digits):
    if not digits:
        return []
    answer = []

    def go(i, s):
        if i == len(digits):
            if s not in answer:
                answer.append(s)
            return
        for ch in KEYS[digits[i]]:
            go(i + 1, s + ch)

    go(0, "")
    return answer
