# bug: adds left_max - height before raising the running maximum, so a new taller bar contributes negative water; fails samples 01, 02 and 03
# fails on: {"heights": [1, 2, 3]}
# origin: independent
from typing import List


def trappedWater(heights: List[int]) -> int:
    left, right = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        if heights[left] < heights[right]:
            water += left_max - heights[left]
            left_max = max(left_max, heights[left])
            left += 1
        else:
            water += right_max - heights[right]
            right_max = max(right_max, heights[right])
            right -= 1
    return water
