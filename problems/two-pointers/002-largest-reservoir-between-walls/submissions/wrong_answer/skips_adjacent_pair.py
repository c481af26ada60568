# bug: loops while left + 1 < right, so the last pair (two neighbouring walls) is never measured
# fails on: {"heights": [4, 4]}
def maxReservoir(heights):
    best = 0
    left, right = 0, len(heights) - 1
    while left + 1 < right:
        best = max(best, (right - left) * min(heights[left], heights[right]))
        if heights[left] <= heights[right]:
            left += 1
        else:
            right -= 1
    return best
