# bug: shares the new lamps in proportion to the stretch lengths, rounding down, and never hands out the rest
# fails on: {"lamps": [0, 10, 14], "extra": 2}
def shortestDarkStretch(lamps, extra):
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]
    total = sum(gaps)
    return max(g / (g * extra // total + 1) for g in gaps)
