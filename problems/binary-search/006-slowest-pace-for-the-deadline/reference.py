"""Binary search on the pace.

hours_needed(p) = sum(ceil(pages[i] / p)) never increases as p grows, so the paces that
work form a range [answer, infinity). Search it over [1, max(pages)]; max(pages) works
because hours >= len(pages).

Time O(n log M) for M = max(pages); extra space O(1).
"""


def slowestPace(pages: list[int], hours: int) -> int:
    lo, hi = 1, max(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        needed = 0
        for p in pages:
            needed += (p + mid - 1) // mid
        if needed <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
