"""Two indices close in from both ends, each carrying the tallest bar seen on its side.

Time O(n), extra space O(1).
"""


def trappedWater(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        if heights[left] <= heights[right]:
            # Some bar on the right is at least as tall as left_max can get here,
            # so the level over `left` is fixed by left_max.
            if heights[left] > left_max:
                left_max = heights[left]
            else:
                water += left_max - heights[left]
            left += 1
        else:
            if heights[right] > right_max:
                right_max = heights[right]
            else:
                water += right_max - heights[right]
            right -= 1
    return water
