# origin: independent
def slowestPace(pages, hours):
    def hours_needed(pace):
        return sum((p + pace - 1) // pace for p in pages)

    lo, hi = 1, max(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        if hours_needed(mid) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
