"""Brute force for cross-checking the reference: sort all stations by distance.

Inputs keep the statement's promise: k is 0, n, or a cut where the k-th nearest station
is strictly nearer than the (k+1)-th.
"""

from hypothesis import strategies as st

COORD = st.one_of(st.integers(-3, 3), st.sampled_from([-10_000, 10_000]))
POINT = st.lists(COORD, min_size=2, max_size=2)


def _dist(p, home):
    return (p[0] - home[0]) ** 2 + (p[1] - home[1]) ** 2


def _with_k(stations, home):
    d = sorted(_dist(p, home) for p in stations)
    cuts = [0, len(d)] + [k for k in range(1, len(d)) if d[k - 1] < d[k]]
    return st.fixed_dictionaries(
        {"stations": st.just(stations), "home": st.just(home), "k": st.sampled_from(cuts)}
    )


def inputs():
    return st.tuples(st.lists(POINT, max_size=9), POINT).flatmap(lambda t: _with_k(*t))


def nearestStations(stations, home, k):
    return sorted(stations, key=lambda p: _dist(p, home))[:k]
