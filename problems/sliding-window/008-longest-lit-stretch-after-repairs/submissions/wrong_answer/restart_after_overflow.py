# bug: when the repairs run out it starts a fresh window after the current broken lamp, instead of just past the oldest repaired one (fails sample 1)
# fails on: {"lamps": [0, 1, 0, 1], "k": 1}
# origin: independent
from typing import List


def longestLitStretch(lamps: List[int], k: int) -> int:
    left = 0
    broken = 0
    best = 0
    for right in range(len(lamps)):
        if lamps[right] == 0:
            broken += 1
            if broken > k:
                left = right + 1
                broken = 0
        best = max(best, right - left + 1)
    return best
