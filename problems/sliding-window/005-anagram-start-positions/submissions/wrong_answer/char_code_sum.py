# bug: compares windows by the sum of their character codes, which different letter multisets can share
# fails on: {"s": "bb", "p": "ac"}
# origin: independent
from typing import List


def anagramStarts(s: str, p: str) -> List[int]:
    m = len(p)
    if m > len(s):
        return []
    target = sum(map(ord, p))
    window = sum(map(ord, s[:m]))
    result = []
    for i in range(len(s) - m + 1):
        if i > 0:
            window += ord(s[i + m - 1]) - ord(s[i - 1])
        if window == target:
            result.append(i)
    return result
