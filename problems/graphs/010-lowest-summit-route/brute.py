"""Brute force: for each candidate summit h (every height in the terrain, lowest first),
flood from the start through squares no higher than h; the first h that reaches the goal
is the answer."""

from hypothesis import strategies as st


@st.composite
def _terrains(draw):
    rows = draw(st.integers(1, 5))
    cols = draw(st.integers(1, 5))
    h = st.one_of(st.integers(0, 9), st.sampled_from([0, 1000000]))
    return [[draw(h) for _ in range(cols)] for _ in range(rows)]


def inputs():
    return st.fixed_dictionaries({"terrain": _terrains()})


def lowestSummit(terrain):
    rows, cols = len(terrain), len(terrain[0])
    for h in sorted({x for row in terrain for x in row}):
        if terrain[0][0] > h:
            continue
        seen = {(0, 0)}
        stack = [(0, 0)]
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and terrain[nr][nc] <= h:
                    seen.add((nr, nc))
                    stack.append((nr, nc))
        if (rows - 1, cols - 1) in seen:
            return h
    return -1
