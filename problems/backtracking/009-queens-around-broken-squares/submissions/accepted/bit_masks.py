def queenBoards(board):
    # row by row with bit masks: the usable squares of each row, and the columns and
    # both diagonals already attacked (the diagonal masks shift by one per row)
    n = len(board)
    full = (1 << n) - 1
    usable = [sum(1 << c for c, ch in enumerate(row) if ch == ".") for row in board]
    where = []
    answer = []

    def place(r, cols, downs, ups):
        if r == n:
            answer.append([line[:c] + "Q" + line[c + 1 :] for line, c in zip(board, where)])
            return
        free = usable[r] & ~(cols | downs | ups) & full
        while free:
            bit = free & -free
            free ^= bit
            where.append(bit.bit_length() - 1)
            place(r + 1, cols | bit, (downs | bit) << 1, (ups | bit) >> 1)
            where.pop()

    place(0, 0, 0, 0)
    return answer
