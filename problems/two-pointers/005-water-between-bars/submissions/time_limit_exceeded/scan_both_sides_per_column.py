def trappedWater(heights):
    # Correct but quadratic: for every column, scan outward for the tallest bar on
    # each side.
    n = len(heights)
    water = 0
    for i in range(n):
        left_top = 0
        for j in range(i + 1):
            if heights[j] > left_top:
                left_top = heights[j]
        right_top = 0
        for j in range(i, n):
            if heights[j] > right_top:
                right_top = heights[j]
        water += min(left_top, right_top) - heights[i]
    return water
