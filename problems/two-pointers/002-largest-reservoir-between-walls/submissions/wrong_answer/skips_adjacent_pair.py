def maxReservoir(heights):
    best = 0
    left, right = 0, len(heights) - 1
    while left + 1 < right:  # bug: stops before the last, adjacent pair is measured
        best = max(best, (right - left) * min(heights[left], heights[right]))
        if heights[left] <= heights[right]:
            left += 1
        else:
            right -= 1
    return best
