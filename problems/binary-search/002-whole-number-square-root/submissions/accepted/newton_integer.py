# Newton's method on integers: start above the root and step down until the estimate stops falling
def floorSqrt(x):
    if x < 2:
        return x
    r = x
    y = (r + x // r) // 2
    while y < r:
        r = y
        y = (r + x // r) // 2
    return r
