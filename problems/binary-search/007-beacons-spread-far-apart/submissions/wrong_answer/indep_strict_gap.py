# bug: the greedy places the next beacon only when it is more than `gap` away instead of at least `gap`, so every distance comes out one too small (fails the samples)
# fails on: {"sites": [0, 3], "k": 2}
# origin: independent
def widestSpacing(sites, k):
    sites = sorted(sites)

    def fits(gap):
        placed = 1
        last = sites[0]
        for s in sites[1:]:
            if s - last > gap:
                placed += 1
                last = s
        return placed >= k

    lo, hi = 0, sites[-1] - sites[0]
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
