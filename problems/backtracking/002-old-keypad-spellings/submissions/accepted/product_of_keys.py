from itertools import product

KEYS = ["0", "1", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]


class Solution:
    def keypadSpellings(self, digits: str) -> List[str]:
        if digits == "":
            return []
        return ["".join(p) for p in product(*(KEYS[int(d)] for d in digits))]
