# bug: compares the sets of letters, ignoring how many times each letter occurs (fails sample 2)
# fails on: {"s": "aab", "p": "abb"}
# origin: independent
from typing import List


def anagramStarts(s: str, p: str) -> List[int]:
    m = len(p)
    letters = set(p)
    result = []
    for i in range(len(s) - m + 1):
        if set(s[i:i + m]) == letters:
            result.append(i)
    return result
