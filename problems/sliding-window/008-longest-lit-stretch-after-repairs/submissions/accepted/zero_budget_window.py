# window holding at most k broken lamps: move the left edge while there are more
# origin: independent
from typing import List


def longestLitStretch(lamps: List[int], k: int) -> int:
    left = 0
    broken = 0
    best = 0
    for right, lamp in enumerate(lamps):
        if lamp == 0:
            broken += 1
        while broken > k:
            if lamps[left] == 0:
                broken -= 1
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
