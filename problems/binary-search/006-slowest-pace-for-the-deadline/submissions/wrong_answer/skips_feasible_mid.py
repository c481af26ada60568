# bug: when a pace fits it sets hi = mid - 1, throwing that pace away, so the search can end one below the answer (fails sample 3)
# fails on: {"pages": [10, 10], "hours": 5}
# origin: independent
def slowestPace(pages, hours):
    lo, hi = 1, max(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        needed = sum((p + mid - 1) // mid for p in pages)
        if needed <= hours:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
