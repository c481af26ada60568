# bug: assumes 10^9 always fails, but 10^18 is allowed and its root is exactly 10^9
# fails on: {"x": 1000000000000000000}
def floorSqrt(x):
    lo, hi = 0, 10**9
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid
    return lo
