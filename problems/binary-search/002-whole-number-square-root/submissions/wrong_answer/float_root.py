# bug: a floating-point square root, which rounds up when x is just below a large square
# fails on: {"x": 999999999999999999}
def floorSqrt(x):
    return int(x ** 0.5)
