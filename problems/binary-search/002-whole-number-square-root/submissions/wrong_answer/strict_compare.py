# bug: compares mid * mid < x instead of <=, so a perfect square gets its root minus one (fails sample 2)
# fails on: {"x": 4}
# origin: independent
def floorSqrt(x: int) -> int:
    lo, hi = 0, x
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid < x:
            lo = mid
        else:
            hi = mid - 1
    return lo
