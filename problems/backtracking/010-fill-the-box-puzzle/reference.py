def fillGrid(board, boxRows, boxCols):
    """Bit masks of the numbers used per row, column and box; always fill the empty cell
    with the fewest candidates next (a cell with none ends the branch at once)."""
    n = boxRows * boxCols
    full = (1 << (n + 1)) - 2  # bits 1..n
    grid = [list(row) for row in board]
    rows, cols, boxes = [0] * n, [0] * n, [0] * n
    empty = []
    for r in range(n):
        for c in range(n):
            v = grid[r][c]
            if v == 0:
                empty.append((r, c, r // boxRows * boxRows + c // boxCols))
                continue
            bit = 1 << v
            b = r // boxRows * boxRows + c // boxCols
            if rows[r] & bit or cols[c] & bit or boxes[b] & bit:
                return []
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit

    def solve(remaining):
        if not remaining:
            return True
        best, best_mask, best_count = -1, 0, n + 1
        for k, (r, c, b) in enumerate(remaining):
            mask = full & ~(rows[r] | cols[c] | boxes[b])
            count = bin(mask).count("1")
            if count < best_count:
                best, best_mask, best_count = k, mask, count
                if count <= 1:
                    break
        if best_count == 0:
            return False
        r, c, b = remaining[best]
        rest = remaining[:best] + remaining[best + 1 :]
        mask = best_mask
        while mask:
            bit = mask & -mask
            mask ^= bit
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            if solve(rest):
                grid[r][c] = bit.bit_length() - 1
                return True
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
        return False

    return grid if solve(empty) else []
