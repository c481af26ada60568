# bug: counts the hours with floor division, forgetting that a partly read chapter still takes a whole hour
# fails on: {"pages": [10, 10], "hours": 5}
def slowestPace(pages, hours):
    lo, hi = 1, max(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(max(1, p // mid) for p in pages) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
