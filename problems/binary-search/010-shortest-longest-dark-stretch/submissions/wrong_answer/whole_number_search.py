# bug: binary searches whole-number lengths only, so a fractional answer is rounded up
# fails on: {"lamps": [0, 7], "extra": 3}
def shortestDarkStretch(lamps, extra):
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]
    lo, hi = 1, max(gaps)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((g + mid - 1) // mid - 1 for g in gaps) <= extra:
            hi = mid
        else:
            lo = mid + 1
    return float(lo)
