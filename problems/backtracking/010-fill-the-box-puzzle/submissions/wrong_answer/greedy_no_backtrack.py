# bug: fills each empty cell with the smallest number that fits and never goes back to change an earlier choice, so it gives up on solvable puzzles (fails samples 1 and 2)
# fails on: {"board": [[0, 0, 0], [0, 0, 0], [0, 0, 2]], "boxRows": 1, "boxCols": 3}
# origin: independent
def fillGrid(board: List[List[int]], boxRows: int, boxCols: int) -> List[List[int]]:
    n = boxRows * boxCols
    grid = [list(row) for row in board]

    def allowed(r, c, v):
        if v in grid[r]:
            return False
        if any(grid[i][c] == v for i in range(n)):
            return False
        top, left = r - r % boxRows, c - c % boxCols
        return all(grid[i][j] != v for i in range(top, top + boxRows) for j in range(left, left + boxCols))

    for r in range(n):
        for c in range(n):
            v = grid[r][c]
            if v:
                grid[r][c] = 0
                if not allowed(r, c, v):
                    return []
                grid[r][c] = v

    for r in range(n):
        for c in range(n):
            if grid[r][c] == 0:
                for v in range(1, n + 1):
                    if allowed(r, c, v):
                        grid[r][c] = v
                        break
                else:
                    return []
    return grid
