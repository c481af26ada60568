# bug: shrinks while repaints needed >= k instead of > k, so it only ever allows k - 1 repaints (fails samples 1-3)
# fails on: {"s": "AB", "k": 1}
# origin: independent
def longestUniformStretch(s: str, k: int) -> int:
    counts = [0] * 26
    left = 0
    top = 0
    best = 0
    for right, ch in enumerate(s):
        counts[ord(ch) - 65] += 1
        top = max(top, counts[ord(ch) - 65])
        while right - left + 1 - top >= k:
            counts[ord(s[left]) - 65] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
