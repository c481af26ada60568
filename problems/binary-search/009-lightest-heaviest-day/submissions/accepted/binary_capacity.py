# origin: independent
def lightestHeaviestDay(loads, days):
    def days_needed(cap):
        count, current = 1, 0
        for w in loads:
            if current + w > cap:
                count += 1
                current = w
            else:
                current += w
        return count

    lo, hi = max(loads), sum(loads)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
