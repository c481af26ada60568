def fillGrid(board, boxRows, boxCols):
    # sets of used numbers per row, column and box; the empty cell with the fewest candidates goes next
    n = boxRows * boxCols
    grid = [list(r) for r in board]
    box = lambda r, c: (r // boxRows, c // boxCols)
    rows = [set() for _ in range(n)]
    cols = [set() for _ in range(n)]
    boxes = {}
    for r in range(n):
        for c in range(n):
            v = grid[r][c]
            if v:
                seen = boxes.setdefault(box(r, c), set())
                if v in rows[r] or v in cols[c] or v in seen:
                    return []
                rows[r].add(v)
                cols[c].add(v)
                seen.add(v)
    empty = {(r, c) for r in range(n) for c in range(n) if grid[r][c] == 0}
    numbers = set(range(1, n + 1))

    def candidates(r, c):
        return numbers - rows[r] - cols[c] - boxes.setdefault(box(r, c), set())

    def solve():
        if not empty:
            return True
        cell = min(empty, key=lambda rc: len(candidates(*rc)))
        r, c = cell
        empty.discard(cell)
        for v in candidates(r, c):
            rows[r].add(v); cols[c].add(v); boxes[box(r, c)].add(v)
            grid[r][c] = v
            if solve():
                return True
            rows[r].discard(v); cols[c].discard(v); boxes[box(r, c)].discard(v)
        grid[r][c] = 0
        empty.add(cell)
        return False

    return grid if solve() else []
