"""Binary search over real numbers on the answer.

needed(D) = sum(ceil(g / D) - 1) over the stretch lengths g is how many new lamps make
every stretch at most D long; it never decreases as D shrinks. Keep lo infeasible (or
0) and hi feasible (the longest stretch needs no lamp) and halve a fixed number of
times: 100 halvings of a range below 2^30 leave an error far below 10^-6.

Time O(n log(L / eps)); extra space O(n) for the stretch lengths.
"""

import math


def shortestDarkStretch(lamps: list[int], extra: int) -> float:
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]
    lo, hi = 0.0, float(max(gaps))
    for _ in range(100):
        mid = (lo + hi) / 2
        needed = 0
        for g in gaps:
            needed += math.ceil(g / mid) - 1
        if needed <= extra:
            hi = mid
        else:
            lo = mid
    return hi
