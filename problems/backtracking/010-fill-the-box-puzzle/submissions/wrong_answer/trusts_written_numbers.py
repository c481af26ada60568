# bug: never checks the written numbers against each other, so a board whose numbers already clash gets a grid back instead of []
# fails on: {"board": [[1, 2], [1, 2]], "boxRows": 1, "boxCols": 2}
def fillGrid(board, boxRows, boxCols):
    n = boxRows * boxCols
    grid = [list(r) for r in board]
    rows, cols, boxes = [set() for _ in range(n)], [set() for _ in range(n)], [set() for _ in range(n)]
    box = lambda r, c: r // boxRows * boxRows + c // boxCols
    for r in range(n):
        for c in range(n):
            if grid[r][c]:
                v = grid[r][c]
                rows[r].add(v); cols[c].add(v); boxes[box(r, c)].add(v)
    cells = [(r, c) for r in range(n) for c in range(n) if grid[r][c] == 0]

    def solve(k):
        if k == len(cells):
            return True
        r, c = cells[k]
        for v in range(1, n + 1):
            if v not in rows[r] and v not in cols[c] and v not in boxes[box(r, c)]:
                rows[r].add(v); cols[c].add(v); boxes[box(r, c)].add(v)
                grid[r][c] = v
                if solve(k + 1):
                    return True
                rows[r].discard(v); cols[c].discard(v); boxes[box(r, c)].discard(v)
        grid[r][c] = 0
        return False

    return grid if solve(0) else []
