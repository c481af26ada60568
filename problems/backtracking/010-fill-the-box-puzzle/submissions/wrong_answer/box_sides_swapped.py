# bug: mixes up boxRows and boxCols in the box number, so boxes are boxCols tall and boxRows wide; same thing for square boxes and for one-row boxes (passes the samples)
# fails on: {"board": [[0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]], "boxRows": 2, "boxCols": 3}
# origin: independent
def fillGrid(board: List[List[int]], boxRows: int, boxCols: int) -> List[List[int]]:
    n = boxRows * boxCols
    grid = [list(row) for row in board]

    def box(r, c):
        return (r // boxCols) * (n // boxRows) + c // boxRows

    row_has = [set() for _ in range(n)]
    col_has = [set() for _ in range(n)]
    box_has = [set() for _ in range(n)]
    for r in range(n):
        for c in range(n):
            v = grid[r][c]
            if v:
                if v in row_has[r] or v in col_has[c] or v in box_has[box(r, c)]:
                    return []
                row_has[r].add(v)
                col_has[c].add(v)
                box_has[box(r, c)].add(v)

    def solve():
        for r in range(n):
            for c in range(n):
                if grid[r][c] == 0:
                    for v in range(1, n + 1):
                        if v not in row_has[r] and v not in col_has[c] and v not in box_has[box(r, c)]:
                            grid[r][c] = v
                            row_has[r].add(v); col_has[c].add(v); box_has[box(r, c)].add(v)
                            if solve():
                                return True
                            row_has[r].discard(v); col_has[c].discard(v); box_has[box(r, c)].discard(v)
                            grid[r][c] = 0
                    return False
        return True

    return grid if solve() else []
