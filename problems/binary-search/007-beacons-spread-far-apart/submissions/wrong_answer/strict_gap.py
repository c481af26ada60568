# bug: places the next beacon only when it is strictly more than d beyond the last one, so every spacing is found one too small
# fails on: {"sites": [0, 10], "k": 2}
def widestSpacing(sites, k):
    order = sorted(sites)

    def fits(d):
        placed, last = 1, order[0]
        for s in order:
            if s - last > d:
                placed += 1
                last = s
        return placed >= k

    lo, hi = 1, (order[-1] - order[0]) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
