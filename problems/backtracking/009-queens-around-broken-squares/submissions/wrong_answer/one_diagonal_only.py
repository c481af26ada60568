# bug: tracks only the r - c diagonals, so two queens on the same r + c diagonal are allowed
# fails on: {"board": ["..", ".."]}
def queenBoards(board):
    n = len(board)
    cols, downs = set(), set()
    where = []
    out = []

    def place(r):
        if r == n:
            out.append([board[i][:c] + "Q" + board[i][c + 1:] for i, c in enumerate(where)])
            return
        for c in range(n):
            if board[r][c] == "." and c not in cols and r - c not in downs:
                cols.add(c)
                downs.add(r - c)
                where.append(c)
                place(r + 1)
                where.pop()
                cols.discard(c)
                downs.discard(r - c)

    place(0)
    return out
