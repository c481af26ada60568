# bug: searches from 0 instead of the heaviest parcel, and the greedy lets a parcel heavier than the capacity start its own day, so too small a capacity passes (fails sample 2)
# fails on: {"loads": [1, 5], "days": 2}
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

    lo, hi = 0, sum(loads)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
