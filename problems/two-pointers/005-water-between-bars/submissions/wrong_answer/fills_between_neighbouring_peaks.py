# bug: fills each stretch between two neighbouring local peaks up to the lower of those two peaks, ignoring taller bars further away that hold the water higher
# fails on: {"heights": [4, 0, 2, 0, 4]}
def trappedWater(heights):
    n = len(heights)
    peaks = [
        i
        for i in range(n)
        if (i == 0 or heights[i - 1] <= heights[i]) and (i == n - 1 or heights[i + 1] <= heights[i])
    ]
    water = 0
    for a, b in zip(peaks, peaks[1:]):
        level = min(heights[a], heights[b])
        for i in range(a + 1, b):
            water += max(0, level - heights[i])
    return water
