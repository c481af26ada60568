# bug: only considers pairs that use the first or the last wall
# fails on: {"heights": [1, 5, 5, 1]}
# origin: independent
from typing import List


def maxReservoir(heights: List[int]) -> int:
    n = len(heights)
    best = 0
    for j in range(1, n):
        best = max(best, j * min(heights[0], heights[j]))
    for i in range(n - 1):
        best = max(best, (n - 1 - i) * min(heights[i], heights[n - 1]))
    return best
