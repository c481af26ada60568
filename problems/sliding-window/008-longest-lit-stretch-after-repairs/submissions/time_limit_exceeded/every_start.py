# slow: O(n^2): from every start, extends right while at most k broken lamps are covered
# origin: independent
from typing import List


def longestLitStretch(lamps: List[int], k: int) -> int:
    n = len(lamps)
    best = 0
    for i in range(n):
        broken = 0
        j = i
        while j < n:
            if lamps[j] == 0:
                if broken == k:
                    break
                broken += 1
            j += 1
        best = max(best, j - i)
    return best
