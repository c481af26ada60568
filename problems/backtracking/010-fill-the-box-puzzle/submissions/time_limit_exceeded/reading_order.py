# slow: fills the empty cells in reading order with bit masks, never choosing the most constrained cell, so a cell that was impossible from the start is only met after almost the whole grid is filled, again and again
def fillGrid(board, boxRows, boxCols):
    n = boxRows * boxCols
    grid = [list(row) for row in board]
    rows, cols, boxes = [0] * n, [0] * n, [0] * n
    empty = []
    for r in range(n):
        for c in range(n):
            v = grid[r][c]
            b = r // boxRows * boxRows + c // boxCols
            if v == 0:
                empty.append((r, c, b))
                continue
            bit = 1 << v
            if rows[r] & bit or cols[c] & bit or boxes[b] & bit:
                return []
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit

    def solve(k):
        if k == len(empty):
            return True
        r, c, b = empty[k]
        for v in range(1, n + 1):
            bit = 1 << v
            if rows[r] & bit or cols[c] & bit or boxes[b] & bit:
                continue
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            grid[r][c] = v
            if solve(k + 1):
                return True
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
        grid[r][c] = 0
        return False

    return grid if solve(0) else []
