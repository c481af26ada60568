# bug: draws each answer on a clean board, so broken squares come out as '.' instead of '#'
# fails on: {"board": ["#"]}
def queenBoards(board):
    n = len(board)
    cols, downs, ups = set(), set(), set()
    where = []
    out = []

    def place(r):
        if r == n:
            out.append(["." * c + "Q" + "." * (n - c - 1) for c in where])
            return
        for c in range(n):
            if board[r][c] == "." and c not in cols and r - c not in downs and r + c not in ups:
                cols.add(c); downs.add(r - c); ups.add(r + c)
                where.append(c)
                place(r + 1)
                where.pop()
                cols.discard(c); downs.discard(r - c); ups.discard(r + c)

    if n == 1:
        return [["Q"]]
    place(0)
    return out
