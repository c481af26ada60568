"""Brute force: the largest set of jobs for which some order finishes every job on time
(every subset, every order)."""

from itertools import combinations, permutations

from hypothesis import strategies as st


def inputs():
    value = st.one_of(st.integers(1, 8), st.sampled_from([1, 10**9]))
    job = st.lists(value, min_size=2, max_size=2)
    return st.fixed_dictionaries({"jobs": st.lists(job, max_size=6)})


def _on_time(order):
    t = 0
    for duration, deadline in order:
        t += duration
        if t > deadline:
            return False
    return True


def mostRepairs(jobs):
    for k in range(len(jobs), 0, -1):
        for group in combinations(jobs, k):
            if any(_on_time(order) for order in permutations(group)):
                return k
    return 0
