# bug: measures the stretches from position 0 instead of from the first lamp, so an unlit start of the road is counted too (passes all samples)
# fails on: {"lamps": [5, 6], "extra": 0}
# origin: independent
import math


def shortestDarkStretch(lamps, extra):
    gaps = []
    prev = 0
    for x in lamps:
        gaps.append(x - prev)
        prev = x

    def lamps_needed(length):
        return sum(max(0, math.ceil(g / length) - 1) for g in gaps)

    lo, hi = 0.0, float(max(gaps))
    for _ in range(100):
        mid = (lo + hi) / 2
        if lamps_needed(mid) <= extra:
            hi = mid
        else:
            lo = mid
    return hi
