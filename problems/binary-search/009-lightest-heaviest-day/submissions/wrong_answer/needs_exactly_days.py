# bug: calls a capacity good only when the greedy uses exactly `days` days, though fewer can always be split further
# fails on: {"loads": [4, 8, 2, 6, 5, 3], "days": 6}
def lightestHeaviestDay(loads, days):
    lo, hi = max(loads), sum(loads)
    while lo < hi:
        cap = (lo + hi) // 2
        used, current = 1, 0
        for w in loads:
            if current + w > cap:
                used += 1
                current = w
            else:
                current += w
        if used == days:
            hi = cap
        else:
            lo = cap + 1
    return lo
