# bug: starts the search at total // hours + 1 as the "rounded-up average", which is one too high when hours divides the total and that average pace fits (passes all samples)
# fails on: {"pages": [2, 2], "hours": 2}
# origin: independent
def slowestPace(pages, hours):
    lo, hi = sum(pages) // hours + 1, max(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        needed = sum((p + mid - 1) // mid for p in pages)
        if needed <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
