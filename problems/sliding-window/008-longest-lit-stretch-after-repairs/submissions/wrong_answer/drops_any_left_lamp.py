def longestLitStretch(lamps, k):
    best = 0
    zeros = 0
    left = 0
    for right, lamp in enumerate(lamps):
        if lamp == 0:
            zeros += 1
        while zeros > k:
            zeros -= 1  # bug: counts a zero as gone even when the lamp leaving is a 1
            left += 1
        best = max(best, right - left + 1)
    return best
