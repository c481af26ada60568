# slow: O(n^2): rescans the whole row to find both walls for every column
# origin: independent
from typing import List


def trappedWater(heights: List[int]) -> int:
    n = len(heights)
    water = 0
    for i in range(n):
        left_wall = 0
        for j in range(i + 1):
            left_wall = max(left_wall, heights[j])
        right_wall = 0
        for j in range(i, n):
            right_wall = max(right_wall, heights[j])
        water += min(left_wall, right_wall) - heights[i]
    return water
