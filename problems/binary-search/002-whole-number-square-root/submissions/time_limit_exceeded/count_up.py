# slow: O(sqrt x): counts r up from 0 while the next square still fits, up to 10^9 steps
def floorSqrt(x):
    r = 0
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r
