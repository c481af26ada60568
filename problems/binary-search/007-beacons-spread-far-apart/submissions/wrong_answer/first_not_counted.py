# bug: starts the beacon count at 0 although a beacon already stands on the first site, so it asks for one beacon too many (fails the samples)
# fails on: {"sites": [0, 4, 5], "k": 2}
# origin: independent
def widestSpacing(sites, k):
    sites = sorted(sites)

    def fits(gap):
        placed = 0
        last = sites[0]
        for s in sites[1:]:
            if s - last >= gap:
                placed += 1
                last = s
        return placed >= k

    lo, hi = 1, sites[-1] - sites[0]
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
