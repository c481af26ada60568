# bug: greedy: assumes the target colour is the most frequent colour of the whole fence
# fails on: {"s": "AXAXAXBB", "k": 0}
# origin: independent
from collections import Counter


def longestUniformStretch(s: str, k: int) -> int:
    if not s:
        return 0
    colour = Counter(s).most_common(1)[0][0]
    left = 0
    others = 0
    best = 0
    for right, ch in enumerate(s):
        if ch != colour:
            others += 1
        while others > k:
            if s[left] != colour:
                others -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
