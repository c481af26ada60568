# origin: independent
from bisect import bisect_left


def widestSpacing(sites, k):
    sites = sorted(sites)
    n = len(sites)

    def fits_by_jumps(gap):
        i = 0
        for _ in range(k - 1):
            i = bisect_left(sites, sites[i] + gap, i + 1)
            if i == n:
                return False
        return True

    def fits_by_scan(gap):
        placed = 1
        last = sites[0]
        for s in sites:
            if s - last >= gap:
                placed += 1
                last = s
                if placed == k:
                    return True
        return False

    fits = fits_by_jumps if (k - 1) * n.bit_length() < n else fits_by_scan
    lo, hi = 1, (sites[-1] - sites[0]) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
