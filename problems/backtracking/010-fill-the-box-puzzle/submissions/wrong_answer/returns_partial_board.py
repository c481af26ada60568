# bug: when the search fails it returns the (partly filled) board instead of [] (fails sample 3)
# fails on: {"board": [[1, 0], [0, 2]], "boxRows": 1, "boxCols": 2}
# origin: independent
def fillGrid(board: List[List[int]], boxRows: int, boxCols: int) -> List[List[int]]:
    n = boxRows * boxCols

    def ok(r, c, v):
        for k in range(n):
            if board[r][k] == v and k != c:
                return False
            if board[k][c] == v and k != r:
                return False
        br, bcol = r // boxRows * boxRows, c // boxCols * boxCols
        for i in range(br, br + boxRows):
            for j in range(bcol, bcol + boxCols):
                if (i, j) != (r, c) and board[i][j] == v:
                    return False
        return True

    for r in range(n):
        for c in range(n):
            if board[r][c] and not ok(r, c, board[r][c]):
                return []

    def backtrack(pos):
        if pos == n * n:
            return True
        r, c = divmod(pos, n)
        if board[r][c]:
            return backtrack(pos + 1)
        for v in range(1, n + 1):
            if ok(r, c, v):
                board[r][c] = v
                if backtrack(pos + 1):
                    return True
                board[r][c] = 0
        return False

    backtrack(0)
    return board
