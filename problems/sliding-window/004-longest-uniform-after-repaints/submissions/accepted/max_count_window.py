# window with 26 letter counts: shrink while length minus the largest count exceeds k
# origin: independent
def longestUniformStretch(s: str, k: int) -> int:
    counts = [0] * 26
    left = 0
    top = 0
    best = 0
    for right, ch in enumerate(s):
        idx = ord(ch) - 65
        counts[idx] += 1
        if counts[idx] > top:
            top = counts[idx]
        while right - left + 1 - top > k:
            counts[ord(s[left]) - 65] -= 1
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
