# bug: counts a chapter's hours as pages // pace + 1, one hour too many whenever the pace divides the chapter exactly (fails sample 3)
# fails on: {"pages": [4, 4], "hours": 4}
# origin: independent
def slowestPace(pages, hours):
    lo, hi = 1, max(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        needed = sum(p // mid + 1 for p in pages)
        if needed <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
