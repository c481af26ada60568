# bug: greedy: writes the smallest number that fits into each empty cell in reading order and never revisits a choice; when a cell has nothing left it gives up
# fails on: {"board": [[0, 0, 0], [0, 0, 0], [0, 0, 2]], "boxRows": 1, "boxCols": 3}
def fillGrid(board, boxRows, boxCols):
    n = boxRows * boxCols
    grid = [list(r) for r in board]
    for r in range(n):
        for c in range(n):
            if grid[r][c]:
                continue
            top, left = r - r % boxRows, c - c % boxCols
            used = set(grid[r]) | {grid[i][c] for i in range(n)} | {
                grid[i][j] for i in range(top, top + boxRows) for j in range(left, left + boxCols)}
            free = [v for v in range(1, n + 1) if v not in used]
            if not free:
                return []
            grid[r][c] = free[0]
    return grid
