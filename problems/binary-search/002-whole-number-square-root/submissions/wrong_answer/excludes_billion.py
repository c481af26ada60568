# bug: treats hi = 10**9 as an exclusive bound, so the root 10**9 itself is never reached (passes all samples)
# fails on: {"x": 1000000000000000000}
# origin: independent
def floorSqrt(x: int) -> int:
    lo, hi = 0, 10**9
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid
    return lo
