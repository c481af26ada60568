# bug: keeps mid only when mid * mid < x, so a perfect square gets the root below its own
# fails on: {"x": 4}
def floorSqrt(x):
    if x == 0:
        return 0
    lo, hi = 0, x + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid < x:
            lo = mid
        else:
            hi = mid
    return lo
