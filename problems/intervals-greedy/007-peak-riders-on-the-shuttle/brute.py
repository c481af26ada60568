"""Brute force: the load only rises at a boarding stop, so check the load just after every
boarding stop (groups with board <= stop < leave) and take the largest."""

from hypothesis import strategies as st

STOP = st.one_of(st.integers(0, 8), st.sampled_from([0, 10**9]))


def _trip(a, b, riders):
    if a == b:
        a, b = (a, a + 1) if a < 10**9 else (a - 1, a)
    return [min(a, b), max(a, b), riders]


def inputs():
    trip = st.builds(_trip, STOP, STOP, st.one_of(st.integers(1, 5), st.just(10000)))
    return st.fixed_dictionaries({"trips": st.lists(trip, max_size=8)})


def peakRiders(trips):
    return max((sum(r for b, l, r in trips if b <= stop < l) for stop, _, _ in trips), default=0)
