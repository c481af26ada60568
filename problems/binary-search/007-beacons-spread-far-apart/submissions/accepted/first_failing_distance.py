# searches the first distance that does NOT fit (half-open range), and answers the one before it
def widestSpacing(sites, k):
    order = sorted(sites)

    def count(d):
        placed, last = 1, order[0]
        for s in order:
            if s - last >= d:
                placed += 1
                last = s
        return placed

    lo, hi = 1, order[-1] - order[0] + 1  # hi never fits
    while lo < hi:
        mid = (lo + hi) // 2
        if count(mid) >= k:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1
