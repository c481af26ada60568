def queenBoards(board):
    """Row by row; columns and both diagonals in use are kept in sets."""
    n = len(board)
    cols, downs, ups = set(), set(), set()
    where = []
    answer = []

    def place(r):
        if r == n:
            rows = []
            for row, c in enumerate(where):
                line = board[row]
                rows.append(line[:c] + "Q" + line[c + 1 :])
            answer.append(rows)
            return
        line = board[r]
        for c in range(n):
            if line[c] == "." and c not in cols and r - c not in downs and r + c not in ups:
                cols.add(c)
                downs.add(r - c)
                ups.add(r + c)
                where.append(c)
                place(r + 1)
                where.pop()
                cols.remove(c)
                downs.remove(r - c)
                ups.remove(r + c)

    place(0)
    return answer
