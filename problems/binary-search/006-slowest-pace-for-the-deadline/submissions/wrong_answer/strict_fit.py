# bug: accepts a pace only if it needs fewer than `hours` hours, so a pace that uses every hour exactly is rejected (fails sample 1)
# fails on: {"pages": [4, 4], "hours": 4}
# origin: independent
def slowestPace(pages, hours):
    lo, hi = 1, max(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        needed = sum((p + mid - 1) // mid for p in pages)
        if needed < hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
