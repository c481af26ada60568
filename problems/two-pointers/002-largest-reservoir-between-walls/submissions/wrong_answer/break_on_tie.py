# bug: stops as soon as the two current walls are equal, assuming no inner pair can beat them
# fails on: {"heights": [1, 9, 9, 1]}
# origin: independent
from typing import List


def maxReservoir(heights: List[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        best = max(best, (right - left) * min(heights[left], heights[right]))
        if heights[left] < heights[right]:
            left += 1
        elif heights[left] > heights[right]:
            right -= 1
        else:
            break
    return best
