# bug: starts the capacity search at 1, assuming some parcel has weight, so when every parcel is an empty crate it answers 1 instead of 0 (passes all samples)
# fails on: {"loads": [0, 0, 0], "days": 2}
# origin: independent
def lightestHeaviestDay(loads, days):
    def fits(cap):
        count, current = 1, 0
        for w in loads:
            if w > cap:
                return False
            if current + w > cap:
                count += 1
                current = w
            else:
                current += w
        return count <= days

    lo, hi = 1, sum(loads)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
