# bug: when the search fails it returns the grid as it stands instead of []
# fails on: {"board": [[0, 0, 1, 2], [0, 4, 0, 0], [3, 0, 0, 0], [0, 0, 0, 0]], "boxRows": 2, "boxCols": 2}
def fillGrid(board, boxRows, boxCols):
    n = boxRows * boxCols
    grid = [list(r) for r in board]
    box = lambda r, c: r // boxRows * boxRows + c // boxCols
    rows, cols, boxes = [set() for _ in range(n)], [set() for _ in range(n)], [set() for _ in range(n)]
    for r in range(n):
        for c in range(n):
            v = grid[r][c]
            if v:
                if v in rows[r] or v in cols[c] or v in boxes[box(r, c)]:
                    return []
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

    solve(0)
    return grid
