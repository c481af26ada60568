"""Brute force for cross-checking the reference: try every way to cut the list into `days` parts."""

from itertools import combinations

from hypothesis import strategies as st


@st.composite
def _case(draw):
    loads = draw(st.lists(st.integers(0, 30), min_size=1, max_size=9))
    days = draw(st.integers(1, len(loads)))
    return {"loads": loads, "days": days}


def inputs():
    return _case()


def lightestHeaviestDay(loads, days):
    n = len(loads)
    best = None
    for cuts in combinations(range(1, n), days - 1):
        bounds = (0,) + cuts + (n,)
        heaviest = max(sum(loads[a:b]) for a, b in zip(bounds, bounds[1:]))
        if best is None or heaviest < best:
            best = heaviest
    return best
