"""Brute force for cross-checking the reference: count up from 0 for small x; for large
x, the standard library's exact integer square root."""

import math

from hypothesis import strategies as st


def inputs():
    squares = st.integers(0, 10**9).map(lambda r: r * r)
    near = st.tuples(st.integers(0, 10**9), st.integers(-2, 2)).map(lambda t: min(max(t[0] * t[0] + t[1], 0), 10**18))
    return st.fixed_dictionaries(
        {"x": st.one_of(st.integers(0, 3000), squares, near, st.integers(0, 10**18), st.just(10**18))}
    )


def floorSqrt(x):
    if x <= 10**6:
        r = 0
        while (r + 1) * (r + 1) <= x:
            r += 1
        return r
    return math.isqrt(x)
