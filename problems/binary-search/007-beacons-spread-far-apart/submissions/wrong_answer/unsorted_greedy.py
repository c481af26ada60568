# bug: runs the greedy check on the sites in the order given, without sorting them first
# fails on: {"sites": [10, 0, 5], "k": 3}
def widestSpacing(sites, k):
    def fits(d):
        placed, last = 1, sites[0]
        for s in sites:
            if s - last >= d:
                placed += 1
                last = s
        return placed >= k

    lo, hi = 1, (max(sites) - min(sites)) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
