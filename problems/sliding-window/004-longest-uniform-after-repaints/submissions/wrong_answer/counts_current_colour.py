# bug: checks the window against the count of the colour just added instead of the most common colour in the window (fails sample 1)
# fails on: {"s": "AAB", "k": 1}
# origin: independent
def longestUniformStretch(s: str, k: int) -> int:
    counts = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        while right - left + 1 - counts[ch] > k:
            counts[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
