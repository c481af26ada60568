# bug: an inclusive search that returns hi at the end, which is the last pace that failed, one below the answer
# fails on: {"pages": [9, 4, 12], "hours": 6}
def slowestPace(pages, hours):
    lo, hi = 1, max(pages)
    while lo <= hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in pages) <= hours:
            hi = mid - 1
        else:
            lo = mid + 1
    return max(hi, 1)
