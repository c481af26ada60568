# origin: independent
from typing import List


def maxReservoir(heights: List[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        if heights[left] < heights[right]:
            best = max(best, (right - left) * heights[left])
            left += 1
        else:
            best = max(best, (right - left) * heights[right])
            right -= 1
    return best
