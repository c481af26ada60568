# bug: starts a new day when the load would reach the capacity (>=) instead of exceed it, so a day filled exactly to capacity is not allowed (fails sample 1)
# fails on: {"loads": [1, 1, 2], "days": 2}
# origin: independent
def lightestHeaviestDay(loads, days):
    def days_needed(cap):
        count, current = 1, 0
        for w in loads:
            if current + w >= cap and current > 0:
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
