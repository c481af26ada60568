# bug: early exit uses len(p) >= len(s) instead of >, so a text that is itself an anagram of p returns nothing
# fails on: {"s": "ab", "p": "ba"}
# origin: independent
from typing import List


def anagramStarts(s: str, p: str) -> List[int]:
    n, m = len(s), len(p)
    if m >= n:
        return []
    need = [0] * 26
    window = [0] * 26
    for ch in p:
        need[ord(ch) - ord("a")] += 1
    result = []
    for i in range(n):
        window[ord(s[i]) - ord("a")] += 1
        if i >= m:
            window[ord(s[i - m]) - ord("a")] -= 1
        if i >= m - 1 and window == need:
            result.append(i - m + 1)
    return result
