"""Brute force: try every subset of talks to keep; the largest clash-free one decides."""

from itertools import combinations

from hypothesis import strategies as st

TIME = st.one_of(st.integers(-4, 6), st.sampled_from([-10**9, 10**9]))


def _talk(a, b):
    if a == b:
        return [a, a + 1] if a < 10**9 else [a - 1, a]
    return [min(a, b), max(a, b)]


def inputs():
    return st.fixed_dictionaries({"talks": st.lists(st.builds(_talk, TIME, TIME), max_size=8)})


def fewestCancellations(talks):
    n = len(talks)
    for keep in range(n, 0, -1):
        for group in combinations(talks, keep):
            if all(a[1] <= b[0] or b[1] <= a[0] for a, b in combinations(group, 2)):
                return n - keep
    return 0
