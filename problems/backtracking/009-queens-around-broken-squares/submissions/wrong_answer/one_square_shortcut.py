# bug: shortcut for n = 1 returns a queen without checking that the only square is usable (passes the samples)
# fails on: {"board": ["#"]}
# origin: independent
def queenBoards(board: List[str]) -> List[List[str]]:
    n = len(board)
    if n == 1:
        return [["Q"]]
    result = []
    columns = [0] * n

    def ok(r, c):
        for pr in range(r):
            pc = columns[pr]
            if pc == c or abs(pc - c) == r - pr:
                return False
        return True

    def solve(r):
        if r == n:
            rows = []
            for i in range(n):
                rows.append(board[i][:columns[i]] + 'Q' + board[i][columns[i] + 1:])
            result.append(rows)
            return
        for c in range(n):
            if board[r][c] == '.' and ok(r, c):
                columns[r] = c
                solve(r + 1)

    solve(0)
    return result
