# slow: plain backtracking in reading order, rescanning the row, column and box for every try, with no choice of the most constrained cell
# origin: independent
def fillGrid(board: List[List[int]], boxRows: int, boxCols: int) -> List[List[int]]:
    n = boxRows * boxCols
    grid = [list(row) for row in board]

    def fits(r, c, v):
        for k in range(n):
            if k != c and grid[r][k] == v:
                return False
            if k != r and grid[k][c] == v:
                return False
        top = r // boxRows * boxRows
        left = c // boxCols * boxCols
        for rr in range(top, top + boxRows):
            for cc in range(left, left + boxCols):
                if (rr, cc) != (r, c) and grid[rr][cc] == v:
                    return False
        return True

    for r in range(n):
        for c in range(n):
            if grid[r][c] and not fits(r, c, grid[r][c]):
                return []

    def solve(pos):
        if pos == n * n:
            return True
        r, c = divmod(pos, n)
        if grid[r][c]:
            return solve(pos + 1)
        for v in range(1, n + 1):
            if fits(r, c, v):
                grid[r][c] = v
                if solve(pos + 1):
                    return True
        grid[r][c] = 0
        return False

    return grid if solve(0) else []
