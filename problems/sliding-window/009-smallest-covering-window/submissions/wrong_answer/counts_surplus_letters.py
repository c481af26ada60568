# bug: decrements missing for every letter of t that enters, even extra copies beyond what t needs (fails sample 1)
# fails on: {"s": "aab", "t": "ab"}
# origin: independent
from collections import Counter


def smallestCoveringWindow(s: str, t: str) -> str:
    need = Counter(t)
    missing = len(t)
    best_start, best_len = 0, float("inf")
    left = 0
    for right, ch in enumerate(s):
        if ch in need:
            missing -= 1
            need[ch] -= 1
        while missing <= 0:
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            out = s[left]
            if out in need:
                need[out] += 1
                missing += 1
            left += 1
    return "" if best_len == float("inf") else s[best_start:best_start + best_len]
