"""Brute force: try every number in every empty cell in reading order, rescanning the row,
the column and the box for each try (tiny grids only)."""

from hypothesis import strategies as st

SHAPES = [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 4), (4, 1)]


@st.composite
def _case(draw):
    r, c = draw(st.sampled_from(SHAPES))
    n = r * c
    board = [[draw(st.sampled_from([0, 0, 0] + list(range(1, n + 1)))) for _ in range(n)] for _ in range(n)]
    return {"board": board, "boxRows": r, "boxCols": c}


@st.composite
def _oblong(draw):
    """A 6 x 6 grid of 2 x 3 (or 3 x 2) boxes: a solved grid with its digits renamed and
    up to 8 cells emptied, so the brute force stays quick; boxes that are not square are
    where boxRows and boxCols can be mixed up."""
    r, c = draw(st.sampled_from([(2, 3), (3, 2)]))
    n = r * c
    names = draw(st.permutations(range(1, n + 1)))
    board = [[names[((i % r) * c + i // r + j) % n] for j in range(n)] for i in range(n)]
    for cell in draw(st.lists(st.integers(0, n * n - 1), max_size=8, unique=True)):
        board[cell // n][cell % n] = 0
    return {"board": board, "boxRows": r, "boxCols": c}


def inputs():
    return _case() | _oblong()


def fillGrid(board, boxRows, boxCols):
    n = boxRows * boxCols
    grid = [list(row) for row in board]

    def fits(r, c, v):
        if any(grid[r][j] == v for j in range(n) if j != c):
            return False
        if any(grid[i][c] == v for i in range(n) if i != r):
            return False
        top, left = r - r % boxRows, c - c % boxCols
        return not any(
            grid[i][j] == v
            for i in range(top, top + boxRows)
            for j in range(left, left + boxCols)
            if (i, j) != (r, c)
        )

    if any(grid[r][c] and not fits(r, c, grid[r][c]) for r in range(n) for c in range(n)):
        return []
    cells = [(r, c) for r in range(n) for c in range(n) if grid[r][c] == 0]

    def solve(k):
        if k == len(cells):
            return True
        r, c = cells[k]
        for v in range(1, n + 1):
            if fits(r, c, v):
                grid[r][c] = v
                if solve(k + 1):
                    return True
        grid[r][c] = 0
        return False

    return grid if solve(0) else []
