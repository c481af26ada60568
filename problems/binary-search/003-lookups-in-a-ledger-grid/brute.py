"""Brute force for cross-checking the reference: look at every cell for every query."""

from hypothesis import strategies as st

VALUE = st.one_of(st.integers(-20, 20), st.sampled_from([-10**9, 10**9]))


@st.composite
def _grid(draw):
    m = draw(st.integers(1, 4))
    n = draw(st.integers(1, 4))
    values = sorted(draw(st.sets(VALUE, min_size=m * n, max_size=m * n)))
    return [values[r * n : (r + 1) * n] for r in range(m)]


def inputs():
    return st.fixed_dictionaries({"grid": _grid(), "queries": st.lists(VALUE, min_size=1, max_size=8)})


def locateAll(grid, queries):
    answers = []
    for q in queries:
        spot = [-1, -1]
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                if value == q:
                    spot = [r, c]
        answers.append(spot)
    return answers
