"""Binary search on the answer r, with integer arithmetic only.

Invariant: lo * lo <= x < hi * hi. lo = 0 always passes and hi = x + 1 always fails.
Halving the gap until lo and hi are neighbours leaves lo as the largest r with
r * r <= x.

Time O(log x) (at most 60 steps for x <= 10^18); space O(1).
"""


def floorSqrt(x: int) -> int:
    lo, hi = 0, x + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid
    return lo
