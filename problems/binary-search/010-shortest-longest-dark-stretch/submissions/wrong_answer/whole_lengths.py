# bug: binary searches over whole-number lengths only, though the lamps may go at any real position (fails sample 2)
# fails on: {"lamps": [0, 3], "extra": 1}
# origin: independent
def shortestDarkStretch(lamps, extra):
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]
    lo, hi = 1, max(gaps)
    while lo < hi:
        mid = (lo + hi) // 2
        needed = sum((g + mid - 1) // mid - 1 for g in gaps)
        if needed <= extra:
            hi = mid
        else:
            lo = mid + 1
    return float(lo)
