def maxReservoir(heights):
    best = 0
    left, right = 0, len(heights) - 1
    while left < right:
        best = max(best, (right - left) * min(heights[left], heights[right]))
        # bug: discards the taller wall, which may still be part of the best pair
        if heights[left] >= heights[right]:
            left += 1
        else:
            right -= 1
    return best
