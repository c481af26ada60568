# bug: moves the taller wall inward instead of the shorter one, discarding a wall that may still be in the best pair
# fails on: {"heights": [1, 2, 4, 3]}
def maxReservoir(heights):
    best = 0
    left, right = 0, len(heights) - 1
    while left < right:
        best = max(best, (right - left) * min(heights[left], heights[right]))
        if heights[left] >= heights[right]:
            left += 1
        else:
            right -= 1
    return best
