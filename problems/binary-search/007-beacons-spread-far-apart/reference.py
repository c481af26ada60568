"""Binary search on the answer: the largest spacing d that still fits k beacons.

fits(d): on the sorted sites, greedily place a beacon on the first site and then on each
site at least d beyond the last beacon. Placing as early as possible never hurts, so
this places k beacons exactly when some placement keeps every pair d apart, and if d
fits, every smaller d fits. The answer lies in [1, (last - first) // (k - 1)].

Time O(n log n + n log V) for a road of length V; extra space O(n) for the sorted copy.
"""


def widestSpacing(sites: list[int], k: int) -> int:
    order = sorted(sites)

    def fits(d: int) -> bool:
        placed, last = 1, order[0]
        for s in order:
            if s - last >= d:
                placed += 1
                if placed == k:
                    return True
                last = s
        return False

    lo, hi = 1, (order[-1] - order[0]) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
