# bug: plain dict counts keep letters whose count drops to 0, so the dict comparison fails after such a letter leaves (fails sample 1)
# fails on: {"s": "xab", "p": "ab"}
# origin: independent
from typing import List


def anagramStarts(s: str, p: str) -> List[int]:
    m = len(p)
    if m > len(s):
        return []
    need = {}
    for ch in p:
        need[ch] = need.get(ch, 0) + 1
    window = {}
    for ch in s[:m]:
        window[ch] = window.get(ch, 0) + 1
    result = []
    if window == need:
        result.append(0)
    for i in range(m, len(s)):
        window[s[i]] = window.get(s[i], 0) + 1
        window[s[i - m]] -= 1
        if window == need:
            result.append(i - m + 1)
    return result
