# bug: starts a new day as soon as a parcel would bring the day up to the capacity, so an exact fit is refused
# fails on: {"loads": [4, 8, 5], "days": 2}
def lightestHeaviestDay(loads, days):
    lo, hi = max(loads), sum(loads)
    while lo < hi:
        cap = (lo + hi) // 2
        used, current = 1, 0
        for w in loads:
            if current + w >= cap and current > 0:
                used += 1
                current = w
            else:
                current += w
        if used <= days:
            hi = cap
        else:
            lo = cap + 1
    return lo
