"""Binary search on the capacity, with a greedy check.

days_needed(C): fill each day until the next parcel would exceed C. It is the fewest days
any split with every part <= C can use, and it never increases as C grows. Splitting a
part in two never makes a part heavier, so "at most `days` days" is as good as "exactly
`days` days" (days <= len(loads)). The answer lies in [max(loads), sum(loads)].

Time O(n log S) for S = sum(loads); extra space O(1).
"""


def lightestHeaviestDay(loads: list[int], days: int) -> int:
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
        if used <= days:
            hi = cap
        else:
            lo = cap + 1
    return lo
