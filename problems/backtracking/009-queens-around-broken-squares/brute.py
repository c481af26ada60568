"""Brute force: every way to choose one column per row, kept when no two queens attack and
every queen stands on a usable square."""

from itertools import product

from hypothesis import strategies as st


@st.composite
def _case(draw):
    n = draw(st.integers(1, 6))
    rows = ["".join(draw(st.sampled_from("....#")) for _ in range(n)) for _ in range(n)]
    return {"board": rows}


def inputs():
    return _case()


def queenBoards(board):
    n = len(board)
    out = []
    for cols in product(range(n), repeat=n):
        if any(board[r][c] == "#" for r, c in enumerate(cols)):
            continue
        if any(
            cols[a] == cols[b] or abs(cols[a] - cols[b]) == b - a
            for a in range(n)
            for b in range(a + 1, n)
        ):
            continue
        out.append([board[r][:c] + "Q" + board[r][c + 1 :] for r, c in enumerate(cols)])
    return out
