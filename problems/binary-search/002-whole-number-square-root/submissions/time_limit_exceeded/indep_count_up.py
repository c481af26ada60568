# slow: O(sqrt(x)): counts r up from 0 until (r + 1) squared is too large
# origin: independent
def floorSqrt(x: int) -> int:
    r = 0
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r
