"""Any completion is accepted: right size, numbers 1..n, keeps the written numbers, no
repeat in a row, a column or a box. [] is right exactly when the reference found none."""


def check(input, expected, got):
    board, box_rows, box_cols = input["board"], input["boxRows"], input["boxCols"]
    n = box_rows * box_cols
    if isinstance(got, tuple):
        got = list(got)
    if expected == []:
        return (got == [], "a grid was returned but no completion exists")
    if got == []:
        return (False, "[] was returned but a completion exists")
    if not isinstance(got, list) or len(got) != n:
        return (False, f"the answer must be a list of {n} rows")
    for r, row in enumerate(got):
        if not isinstance(row, list | tuple) or len(row) != n:
            return (False, f"row {r} must be a list of {n} numbers")
        for c, v in enumerate(row):
            if type(v) is not int or not 1 <= v <= n:
                return (False, f"cell ({r}, {c}) must hold a whole number from 1 to {n}")
            if board[r][c] != 0 and board[r][c] != v:
                return (False, f"cell ({r}, {c}) held {board[r][c]} and must keep it")
    target = set(range(1, n + 1))
    for r in range(n):
        if set(got[r]) != target:
            return (False, f"row {r} repeats a number")
    for c in range(n):
        if {got[r][c] for r in range(n)} != target:
            return (False, f"column {c} repeats a number")
    for top in range(0, n, box_rows):
        for left in range(0, n, box_cols):
            cells = {got[r][c] for r in range(top, top + box_rows) for c in range(left, left + box_cols)}
            if cells != target:
                return (False, f"the box at ({top}, {left}) repeats a number")
    return (True, "")
