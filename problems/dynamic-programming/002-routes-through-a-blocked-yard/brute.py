"""Brute force: walk every route, one move at a time."""

from hypothesis import strategies as st


def inputs():
    def grid(shape):
        rows, cols = shape
        cell = st.sampled_from([0, 0, 0, 1])
        return st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=rows, max_size=rows)

    shape = st.tuples(st.integers(1, 6), st.integers(1, 6))
    return st.fixed_dictionaries({"yard": shape.flatmap(grid)})


def countRoutes(yard):
    rows, cols = len(yard), len(yard[0])

    def walk(i, j):
        if i >= rows or j >= cols or yard[i][j] == 1:
            return 0
        if (i, j) == (rows - 1, cols - 1):
            return 1
        return walk(i + 1, j) + walk(i, j + 1)

    return walk(0, 0) % 1_000_000_007
