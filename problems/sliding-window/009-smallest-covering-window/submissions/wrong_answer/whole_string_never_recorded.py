# bug: uses len(s) as the initial best length with a strict <, so when the only cover is all of s it returns ""
# fails on: {"s": "ab", "t": "ba"}
# origin: independent
from collections import Counter


def smallestCoveringWindow(s: str, t: str) -> str:
    need = Counter(t)
    missing = len(t)
    best_len = len(s)
    best_start = -1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:
            if right - left + 1 < best_len:
                best_len = right - left + 1
                best_start = left
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return "" if best_start == -1 else s[best_start:best_start + best_len]
