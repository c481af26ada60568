# bug: searches capacities from 0 instead of the heaviest parcel, and the greedy lets a too-heavy parcel through
# fails on: {"loads": [1, 10, 1], "days": 3}
def lightestHeaviestDay(loads, days):
    lo, hi = 0, sum(loads)
    while lo < hi:
        cap = (lo + hi) // 2
        used, current = 1, 0
        for w in loads:
            if current + w > cap:
                used += 1
                current = w
            else:
                current += w
        if used <= days:
            hi = cap
        else:
            lo = cap + 1
    return lo
