"""Brute force: drive the loop from every station; return the first that completes it."""

from hypothesis import strategies as st


def _pair(rows):
    return {"charge": [c for c, _ in rows], "drain": [d for _, d in rows]}


def inputs():
    value = st.one_of(st.integers(0, 4), st.sampled_from([0, 10000]))
    return st.lists(st.tuples(value, value), min_size=1, max_size=8).map(_pair)


def loopStart(charge, drain):
    n = len(charge)
    for s in range(n):
        battery = 0
        for step in range(n):
            i = (s + step) % n
            battery += charge[i] - drain[i]
            if battery < 0:
                break
        else:
            return s
    return -1
