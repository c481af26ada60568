# bug: stops after 30 halvings, which leaves an error far above 10^-6 when the answer is small next to the longest stretch
# fails on: {"lamps": [0, 1000000000], "extra": 999999999}
import math


def shortestDarkStretch(lamps, extra):
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]
    lo, hi = 0.0, float(max(gaps))
    for _ in range(30):
        mid = (lo + hi) / 2
        if sum(math.ceil(g / mid) - 1 for g in gaps) <= extra:
            hi = mid
        else:
            lo = mid
    return hi
