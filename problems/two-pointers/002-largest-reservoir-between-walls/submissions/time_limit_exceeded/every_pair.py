# slow: O(n^2): evaluates every pair of walls
# origin: independent
from typing import List


def maxReservoir(heights: List[int]) -> int:
    best = 0
    n = len(heights)
    for i in range(n):
        for j in range(i + 1, n):
            area = (j - i) * min(heights[i], heights[j])
            if area > best:
                best = area
    return best
