# origin: independent
import math


def shortestDarkStretch(lamps, extra):
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]

    def lamps_needed(length):
        return sum(math.ceil(g / length) - 1 for g in gaps)

    lo, hi = 0.0, float(max(gaps))
    for _ in range(100):
        mid = (lo + hi) / 2
        if lamps_needed(mid) <= extra:
            hi = mid
        else:
            lo = mid
    return hi
