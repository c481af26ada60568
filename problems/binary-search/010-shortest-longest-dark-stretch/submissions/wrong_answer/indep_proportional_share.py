# bug: shortcut that gives each stretch floor(extra * gap / total) new lamps in proportion to its length, wasting the lamps lost to rounding (fails sample 1)
# fails on: {"lamps": [0, 3, 4], "extra": 1}
# origin: independent
def shortestDarkStretch(lamps, extra):
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]
    total = lamps[-1] - lamps[0]
    longest = 0.0
    for g in gaps:
        share = extra * g // total
        longest = max(longest, g / (share + 1))
    return longest
