# bug: greedy: starts at the tallest bar and always widens toward the taller neighbour, so it never looks at blocks away from that bar (passes the samples)
# fails on: {"heights": [3, 0, 2, 2]}
# origin: independent
def largestBlock(heights):
    n = len(heights)
    if n == 0:
        return 0
    peak = 0
    for i in range(n):
        if heights[i] >= heights[peak]:
            peak = i
    lo = hi = peak
    low = heights[peak]
    best = low
    while lo > 0 or hi < n - 1:
        if lo == 0:
            hi += 1
            low = min(low, heights[hi])
        elif hi == n - 1:
            lo -= 1
            low = min(low, heights[lo])
        elif heights[lo - 1] >= heights[hi + 1]:
            lo -= 1
            low = min(low, heights[lo])
        else:
            hi += 1
            low = min(low, heights[hi])
        best = max(best, low * (hi - lo + 1))
    return best
