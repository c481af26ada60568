"""Brute force: some best plan visits only on closing days (move each visit later until it
hits a closing day); try every set of closing days, smallest first."""

from itertools import combinations

from hypothesis import strategies as st

DAY = st.one_of(st.integers(-4, 6), st.sampled_from([-10**9, 10**9]))


def inputs():
    window = st.builds(lambda a, b: [min(a, b), max(a, b)], DAY, DAY)
    return st.fixed_dictionaries({"windows": st.lists(window, max_size=8)})


def fewestVisits(windows):
    days = sorted({last for _, last in windows})
    for k in range(0, len(days) + 1):
        for visits in combinations(days, k):
            if all(any(first <= d <= last for d in visits) for first, last in windows):
                return k
    return 0
