# bug: runs the greedy placement over the sites in the given order without sorting them first (fails the samples)
# fails on: {"sites": [5, 0, 10], "k": 2}
# origin: independent
def widestSpacing(sites, k):
    def fits(gap):
        placed = 1
        last = sites[0]
        for s in sites[1:]:
            if s - last >= gap:
                placed += 1
                last = s
        return placed >= k

    lo, hi = 1, max(sites) - min(sites)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
