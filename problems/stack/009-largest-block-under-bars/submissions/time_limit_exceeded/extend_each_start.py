# slow: O(n^2): tries every left edge and extends to the right keeping the running minimum
# origin: independent
def largestBlock(heights):
    n = len(heights)
    best = 0
    for left in range(n):
        low = heights[left]
        for right in range(left, n):
            if heights[right] < low:
                low = heights[right]
            area = low * (right - left + 1)
            if area > best:
                best = area
    return best
