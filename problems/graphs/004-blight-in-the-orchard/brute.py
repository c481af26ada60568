"""Brute force: simulate the nights one by one until nothing changes."""

from hypothesis import strategies as st


@st.composite
def _orchards(draw):
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    cell = st.sampled_from([0, 1, 1, 1, 2])
    return [[draw(cell) for _ in range(cols)] for _ in range(rows)]


def inputs():
    return st.fixed_dictionaries({"orchard": _orchards()})


def daysUntilBlighted(orchard):
    grid = [row[:] for row in orchard]
    rows, cols = len(grid), len(grid[0])
    nights = 0
    while True:
        catch = [
            (r, c)
            for r in range(rows)
            for c in range(cols)
            if grid[r][c] == 1
            and any(
                0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 2
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
            )
        ]
        if not catch:
            break
        for r, c in catch:
            grid[r][c] = 2
        nights += 1
    if any(1 in row for row in grid):
        return -1
    return nights
