"""Opposite-ends two pointers: always move the shorter wall inward.

Every narrower pair that keeps the shorter wall of the current pair holds no more water,
so that wall is finished once its widest pair has been measured.

Time O(n), extra space O(1).
"""


def maxReservoir(heights: list[int]) -> int:
    best = 0
    left, right = 0, len(heights) - 1
    while left < right:
        lo, hi = heights[left], heights[right]
        if lo <= hi:
            area = (right - left) * lo
            left += 1
        else:
            area = (right - left) * hi
            right -= 1
        if area > best:
            best = area
    return best
