# bug: loop condition left < right - 1 stops one step early and never scores the last (adjacent) pair; fails sample 02
# fails on: {"heights": [1, 5, 5, 1]}
# origin: independent
from typing import List


def maxReservoir(heights: List[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while left < right - 1:
        best = max(best, (right - left) * min(heights[left], heights[right]))
        if heights[left] < heights[right]:
            left += 1
        else:
            right -= 1
    return best
