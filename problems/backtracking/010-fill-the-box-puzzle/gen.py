"""Seeded random and max-size tests, and sized inputs, for fill-the-box-puzzle.

Puzzles are cut from a full grid, so they have a completion; the impossible ones are built
so that a search in reading order fills almost the whole grid before it meets the cell
that can never be filled, while the fewest-candidates rule sees it at once."""

import random


def full_grid(rng, box_rows, box_cols):
    """A random completed grid: the pattern grid, then digits relabelled, rows shuffled
    inside each band, bands shuffled, columns inside each stack and stacks shuffled."""
    n = box_rows * box_cols
    base = [[(box_cols * (i % box_rows) + i // box_rows + j) % n + 1 for j in range(n)] for i in range(n)]
    digits = list(range(1, n + 1))
    rng.shuffle(digits)
    bands = list(range(box_cols))  # n // box_rows bands of box_rows rows
    rng.shuffle(bands)
    rows = [b * box_rows + i for b in bands for i in rng.sample(range(box_rows), box_rows)]
    stacks = list(range(box_rows))  # n // box_cols stacks of box_cols columns
    rng.shuffle(stacks)
    cols = [s * box_cols + j for s in stacks for j in rng.sample(range(box_cols), box_cols)]
    return [[digits[base[r][c] - 1] for c in cols] for r in rows]


def puzzle(rng, box_rows, box_cols, keep):
    grid = full_grid(rng, box_rows, box_cols)
    return [[v if rng.random() < keep else 0 for v in row] for row in grid]


def dead_last_cell(rng, box_rows, box_cols):
    """Empty but for the last row, which holds every number except v in its first n - 1
    cells, and v at the top of the last column: the last cell has no candidate."""
    n = box_rows * box_cols
    values = list(range(1, n + 1))
    rng.shuffle(values)
    v = values.pop()
    board = [[0] * n for _ in range(n)]
    board[n - 1][: n - 1] = values
    board[0][n - 1] = v
    return board


def two_cells_one_number(rng, box_rows, box_cols):
    """The last row misses only a and b, in its last two cells, and b is already in both
    of their columns: both cells need a."""
    n = box_rows * box_cols
    values = list(range(1, n + 1))
    rng.shuffle(values)
    a, b = values.pop(), values.pop()
    board = [[0] * n for _ in range(n)]
    board[n - 1][: n - 2] = values
    board[0][n - 2] = b
    board[box_rows][n - 1] = b
    return board


def generate():
    rng = random.Random(20261212)
    for t, (r, c) in enumerate([(2, 2), (1, 4), (2, 3), (3, 2)]):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random puzzle with about half the cells written",
            "tags": ["random"],
            "input": {"board": puzzle(rng, r, c, 0.5), "boxRows": r, "boxCols": c},
        }
    yield {
        "name": "random-nine-sparse",
        "description": "nine by nine puzzle with about a third of the cells written",
        "tags": ["random"],
        "input": {"board": puzzle(rng, 3, 3, 0.35), "boxRows": 3, "boxCols": 3},
    }
    yield {
        "name": "max-dead-last-cell",
        "description": "largest grid, nothing clashes but the last cell can never be filled",
        "tags": ["max-size", "no-answer", "answer-last"],
        "input": {"board": dead_last_cell(rng, 3, 4), "boxRows": 3, "boxCols": 4},
    }
    yield {
        "name": "max-two-cells-one-number",
        "description": "largest grid with tall boxes, two cells at the end both need the same number",
        "tags": ["max-size", "no-answer", "answer-last"],
        "input": {"board": two_cells_one_number(rng, 4, 3), "boxRows": 4, "boxCols": 3},
    }
    yield {
        "name": "max-dead-last-cell-wide-boxes",
        "description": "largest grid with wide boxes, the last cell can never be filled",
        "tags": ["max-size", "no-answer"],
        "input": {"board": dead_last_cell(rng, 2, 6), "boxRows": 2, "boxCols": 6},
    }
    yield {
        "name": "max-half-written",
        "description": "largest grid, about half of the cells written",
        "tags": ["max-size", "random", "extremes"],
        "input": {"board": puzzle(rng, 3, 4, 0.5), "boxRows": 3, "boxCols": 4},
    }
    yield {
        "name": "max-empty",
        "description": "largest grid, nothing written",
        "tags": ["max-size", "zeros", "empty"],
        "input": {"board": [[0] * 12 for _ in range(12)], "boxRows": 4, "boxCols": 3},
    }
    yield {
        "name": "max-sparse",
        "description": "largest grid, about a quarter of the cells written",
        "tags": ["max-size", "random"],
        "input": {"board": puzzle(rng, 2, 6, 0.25), "boxRows": 2, "boxCols": 6},
    }


SHAPES = {1: (1, 1), 2: (1, 2), 3: (1, 3), 4: (2, 2), 5: (1, 5), 6: (2, 3), 7: (2, 4),
          8: (2, 4), 9: (3, 3), 10: (2, 5), 11: (3, 4), 12: (3, 4)}


def sized(n, seed):
    """A puzzle of side n (n + 1 for 7 and 11, which have no box shape worth using) with
    about half of its cells written, cut from a random completed grid."""
    rng = random.Random(19000 + seed)
    r, c = SHAPES[max(1, min(n, 12))]
    return {"board": puzzle(rng, r, c, 0.5), "boxRows": r, "boxCols": c}
