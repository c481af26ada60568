"""Brute force: distances by repeated relaxation. Start with 0 at the start square and
infinity elsewhere; keep lowering every open square to 1 + its best neighbour until
nothing changes."""

from hypothesis import strategies as st


@st.composite
def _floors(draw):
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    cell = st.sampled_from([0, 0, 0, 1])
    return [[draw(cell) for _ in range(cols)] for _ in range(rows)]


def inputs():
    return st.fixed_dictionaries({"floor": _floors()})


def fewestSteps(floor):
    rows, cols = len(floor), len(floor[0])
    INF = float("inf")
    if floor[0][0] == 1:
        return -1
    dist = [[INF] * cols for _ in range(rows)]
    dist[0][0] = 0
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if floor[r][c] == 1:
                    continue
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] + 1 < dist[r][c]:
                        dist[r][c] = dist[nr][nc] + 1
                        changed = True
    d = dist[rows - 1][cols - 1]
    return -1 if d == INF or floor[rows - 1][cols - 1] == 1 else d
