# bug: only closes a pool when a wall at least as tall as the left wall appears, so water right of the tallest bar is dropped; fails sample 01
# fails on: {"heights": [3, 1, 2]}
# origin: independent
from typing import List


def trappedWater(heights: List[int]) -> int:
    if not heights:
        return 0
    water = 0
    wall = heights[0]
    pool = 0
    for h in heights[1:]:
        if h >= wall:
            water += pool
            pool = 0
            wall = h
        else:
            pool += wall - h
    return water
