# bug: when the window has too many broken lamps it counts one as gone whatever lamp leaves, even a working one
# fails on: {"lamps": [1, 0, 1], "k": 0}
def longestLitStretch(lamps, k):
    best = 0
    zeros = 0
    left = 0
    for right, lamp in enumerate(lamps):
        if lamp == 0:
            zeros += 1
        while zeros > k:
            zeros -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
