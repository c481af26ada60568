# bug: keys both diagonal sets by r - c, so the r + c diagonals are never checked while squares on one r - c diagonal are refused twice
# fails on: {"board": ["....", "....", "....", "...."]}
def queenBoards(board):
    n = len(board)
    cols, downs, ups = set(), set(), set()
    where = []
    out = []

    def place(r):
        if r == n:
            out.append([board[i][:c] + "Q" + board[i][c + 1:] for i, c in enumerate(where)])
            return
        for c in range(n):
            if board[r][c] == "." and c not in cols and r - c not in downs and r - c not in ups:
                cols.add(c); downs.add(r - c); ups.add(r - c)
                where.append(c)
                place(r + 1)
                where.pop()
                cols.discard(c); downs.discard(r - c); ups.discard(r - c)

    place(0)
    return out
