def largestBlock(heights):
    # for every bar, walk outwards while the neighbours are at least as tall: O(n^2)
    n = len(heights)
    best = 0
    for i in range(n):
        h = heights[i]
        left = i
        while left > 0 and heights[left - 1] >= h:
            left -= 1
        right = i
        while right < n - 1 and heights[right + 1] >= h:
            right += 1
        best = max(best, h * (right - left + 1))
    return best
