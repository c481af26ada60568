# bug: when a parcel does not fit, the new day starts empty instead of with that parcel, so the parcel is never counted (fails sample 1)
# fails on: {"loads": [3, 3, 3], "days": 2}
# origin: independent
def lightestHeaviestDay(loads, days):
    def days_needed(cap):
        count, current = 1, 0
        for w in loads:
            if current + w > cap:
                count += 1
                current = 0
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
