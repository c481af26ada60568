# bug: searches paces below the longest chapter only, so when there is one hour per chapter it answers one too slow
# fails on: {"pages": [9, 4, 12], "hours": 3}
def slowestPace(pages, hours):
    lo, hi = 1, max(1, max(pages) - 1)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in pages) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
