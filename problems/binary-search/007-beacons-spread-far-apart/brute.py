"""Brute force for cross-checking the reference: every choice of k sites."""

from itertools import combinations

from hypothesis import strategies as st

POSITION = st.one_of(st.integers(0, 40), st.sampled_from([0, 10**9]))


@st.composite
def _case(draw):
    sites = draw(st.lists(POSITION, min_size=2, max_size=8, unique=True))
    k = draw(st.integers(2, len(sites)))
    return {"sites": sites, "k": k}


def inputs():
    return _case()


def widestSpacing(sites, k):
    best = 0
    for chosen in combinations(sorted(sites), k):
        best = max(best, min(b - a for a, b in zip(chosen, chosen[1:])))
    return best
