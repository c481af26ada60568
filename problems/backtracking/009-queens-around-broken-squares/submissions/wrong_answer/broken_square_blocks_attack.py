# bug: treats a broken square as a wall that stops attacks along its line, so queens on one column or diagonal with a broken square between them are allowed
# fails on: {"board": ["...", "#..", "..."]}
def queenBoards(board):
    n = len(board)
    where = []
    out = []

    def attacked(r, c):
        for dr, dc in ((-1, 0), (-1, -1), (-1, 1)):
            rr, cc = r + dr, c + dc
            while 0 <= rr and 0 <= cc < n:
                if board[rr][cc] == "#":
                    break
                if where[rr] == cc:
                    return True
                rr, cc = rr + dr, cc + dc
        return False

    def place(r):
        if r == n:
            out.append([board[i][:c] + "Q" + board[i][c + 1:] for i, c in enumerate(where)])
            return
        for c in range(n):
            if board[r][c] == "." and not attacked(r, c):
                where.append(c)
                place(r + 1)
                where.pop()

    place(0)
    return out
