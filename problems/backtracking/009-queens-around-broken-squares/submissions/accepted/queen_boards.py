# origin: independent
def queenBoards(board: List[str]) -> List[List[str]]:
    n = len(board)
    usable = []
    for row in board:
        mask = 0
        for c, ch in enumerate(row):
            if ch == '.':
                mask |= 1 << c
        usable.append(mask)
    full = (1 << n) - 1
    result = []
    queens = []

    def place(r, cols, diag, anti):
        if r == n:
            out = []
            for row_index, c in enumerate(queens):
                row = board[row_index]
                out.append(row[:c] + 'Q' + row[c + 1:])
            result.append(out)
            return
        free = usable[r] & ~(cols | diag | anti) & full
        while free:
            bit = free & -free
            free ^= bit
            queens.append(bit.bit_length() - 1)
            place(r + 1, cols | bit, (diag | bit) << 1, (anti | bit) >> 1)
            queens.pop()

    place(0, 0, 0, 0)
    return result
