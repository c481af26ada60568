# bug: trusts the floating-point root; once x no longer fits a float exactly, x just below a square rounds up to it (fails sample 3)
# fails on: {"x": 4503599761588224}
# origin: independent
def floorSqrt(x: int) -> int:
    return int(x ** 0.5)
