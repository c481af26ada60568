"""Brute force: the standard library's k-permutations."""

from itertools import permutations

from hypothesis import strategies as st


@st.composite
def _case(draw):
    runners = draw(st.lists(st.integers(1, 999), min_size=1, max_size=6, unique=True))
    k = draw(st.integers(0, len(runners)))
    return {"runners": runners, "k": k}


def inputs():
    return _case()


def podiumOrders(runners, k):
    return [list(p) for p in permutations(runners, k)]
