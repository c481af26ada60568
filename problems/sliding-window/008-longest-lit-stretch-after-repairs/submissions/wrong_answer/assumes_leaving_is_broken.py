# bug: when shrinking, always counts the leaving lamp as a broken one, even if it was working (fails samples 1 and 2)
# fails on: {"lamps": [1, 0, 1], "k": 0}
# origin: independent
from typing import List


def longestLitStretch(lamps: List[int], k: int) -> int:
    left = 0
    broken = 0
    best = 0
    for right in range(len(lamps)):
        if lamps[right] == 0:
            broken += 1
        while broken > k:
            broken -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
