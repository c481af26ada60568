# bug: never checks the numbers already written against each other, so a board whose givens clash gets a "completion" instead of [] (passes the samples)
# fails on: {"board": [[1, 1], [2, 2]], "boxRows": 1, "boxCols": 2}
# origin: independent
def fillGrid(board: List[List[int]], boxRows: int, boxCols: int) -> List[List[int]]:
    n = boxRows * boxCols
    grid = [list(row) for row in board]
    rows = [set() for _ in range(n)]
    cols = [set() for _ in range(n)]
    boxes = [set() for _ in range(n)]
    blanks = []
    for r in range(n):
        for c in range(n):
            v = grid[r][c]
            if v:
                rows[r].add(v)
                cols[c].add(v)
                boxes[(r // boxRows) * (n // boxCols) + c // boxCols].add(v)
            else:
                blanks.append((r, c))

    def solve(k):
        if k == len(blanks):
            return True
        r, c = blanks[k]
        b = (r // boxRows) * (n // boxCols) + c // boxCols
        for v in range(1, n + 1):
            if v in rows[r] or v in cols[c] or v in boxes[b]:
                continue
            grid[r][c] = v
            rows[r].add(v); cols[c].add(v); boxes[b].add(v)
            if solve(k + 1):
                return True
            rows[r].remove(v); cols[c].remove(v); boxes[b].remove(v)
        grid[r][c] = 0
        return False

    return grid if solve(0) else []
