# bug: moves left past a board without decrementing that colour's count, so the window looks more uniform than it is
# fails on: {"s": "ABA", "k": 0}
# origin: independent
def longestUniformStretch(s: str, k: int) -> int:
    counts = [0] * 26
    left = 0
    top = 0
    best = 0
    for right, ch in enumerate(s):
        counts[ord(ch) - 65] += 1
        top = max(top, counts[ord(ch) - 65])
        while right - left + 1 - top > k:
            left += 1
        best = max(best, right - left + 1)
    return best
