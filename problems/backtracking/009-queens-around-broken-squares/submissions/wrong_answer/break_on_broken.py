# bug: stops scanning a row at the first broken square (break instead of continue), so usable squares to its right are never tried (passes the samples)
# fails on: {"board": ["....", "#...", "....", "...."]}
# origin: independent
def queenBoards(board: List[str]) -> List[List[str]]:
    n = len(board)
    cols = set()
    diag = set()
    anti = set()
    placed = []
    result = []

    def solve(r):
        if r == n:
            grid = [list(row) for row in board]
            for row, col in enumerate(placed):
                grid[row][col] = 'Q'
            result.append(["".join(row) for row in grid])
            return
        for c in range(n):
            if board[r][c] == '#':
                break
            if c in cols or r - c in diag or r + c in anti:
                continue
            cols.add(c)
            diag.add(r - c)
            anti.add(r + c)
            placed.append(c)
            solve(r + 1)
            placed.pop()
            cols.remove(c)
            diag.remove(r - c)
            anti.remove(r + c)

    solve(0)
    return result
