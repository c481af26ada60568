# origin: independent
def fillGrid(board: List[List[int]], boxRows: int, boxCols: int) -> List[List[int]]:
    n = boxRows * boxCols
    boxes_across = n // boxCols

    # Exact cover: every cell gets one number, every row / column / box gets each number once.
    rows_of = {}
    for r in range(n):
        for c in range(n):
            b = (r // boxRows) * boxes_across + c // boxCols
            for v in range(1, n + 1):
                rows_of[(r, c, v)] = (("cell", r, c), ("row", r, v), ("col", c, v), ("box", b, v))
    columns = {}
    for choice, cols in rows_of.items():
        for col in cols:
            columns.setdefault(col, set()).add(choice)

    def cover(choice):
        removed = []
        for col in rows_of[choice]:
            for other in columns[col]:
                for other_col in rows_of[other]:
                    if other_col != col:
                        columns[other_col].discard(other)
            removed.append(columns.pop(col))
        return removed

    def uncover(choice, removed):
        for col in reversed(rows_of[choice]):
            columns[col] = removed.pop()
            for other in columns[col]:
                for other_col in rows_of[other]:
                    if other_col != col:
                        columns[other_col].add(other)

    grid = [list(row) for row in board]
    for r in range(n):
        for c in range(n):
            v = grid[r][c]
            if v:
                choice = (r, c, v)
                if any(col not in columns for col in rows_of[choice]):
                    return []
                cover(choice)

    def search():
        if not columns:
            return True
        col = min(columns, key=lambda k: len(columns[k]))
        for choice in list(columns[col]):
            removed = cover(choice)
            r, c, v = choice
            grid[r][c] = v
            if search():
                return True
            uncover(choice, removed)
        return False

    return grid if search() else []
