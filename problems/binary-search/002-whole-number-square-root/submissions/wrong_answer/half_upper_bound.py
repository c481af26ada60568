# bug: searches only up to x // 2, which is below the root when x is 1 (passes all samples)
# fails on: {"x": 1}
# origin: independent
def floorSqrt(x: int) -> int:
    lo, hi = 0, x // 2
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo
