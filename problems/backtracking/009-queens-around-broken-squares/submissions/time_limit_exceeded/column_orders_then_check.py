# slow: O(n^2 * n!): tries every order of the columns (one queen per row and column) and only then checks the squares and diagonals
from itertools import permutations


def queenBoards(board):
    n = len(board)
    out = []
    for cols in permutations(range(n)):
        if any(board[r][c] == "#" for r, c in enumerate(cols)):
            continue
        if len({r - c for r, c in enumerate(cols)}) < n or len({r + c for r, c in enumerate(cols)}) < n:
            continue
        out.append([board[r][:c] + "Q" + board[r][c + 1:] for r, c in enumerate(cols)])
    return out
