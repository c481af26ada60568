"""Seeded random and max-size tests, and sized inputs, for fewest-steps-through-the-warehouse."""

import random

N = 300


def _serpentine_rows(n):
    """Open rows joined alternately at the right and left ends by single gaps in shelf rows."""
    floor = []
    for i in range(n):
        if i % 2 == 0:
            floor.append([0] * n)
        else:
            row = [1] * n
            row[n - 1 if i % 4 == 1 else 0] = 0
            floor.append(row)
    if n % 2 == 0:  # the last row is a shelf row: open only the goal, below an open row
        floor[-1] = [1] * (n - 1) + [0]
    return floor


def _random(rng, rows, cols, p):
    floor = [[1 if rng.random() < p else 0 for _ in range(cols)] for _ in range(rows)]
    floor[0][0] = floor[rows - 1][cols - 1] = 0
    return floor


def generate():
    rng = random.Random(3032026)
    for k in range(5):
        rows, cols = rng.randint(2, 12), rng.randint(2, 12)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random floor",
            "tags": ["random"],
            "input": {"floor": _random(rng, rows, cols, 0.3)},
        }
    yield {
        "name": "max-open",
        "description": "maximum size, no shelves at all",
        "tags": ["max-size", "all-equal", "zeros"],
        "input": {"floor": [[0] * N for _ in range(N)]},
    }
    yield {
        "name": "max-serpentine-rows",
        "description": "maximum size, one aisle winding back and forth across the rows",
        "tags": ["max-size", "deep"],
        "input": {"floor": _serpentine_rows(N)},
    }
    yield {
        "name": "max-serpentine-columns",
        "description": "maximum size, one aisle winding up and down the columns",
        "tags": ["max-size", "deep"],
        "input": {"floor": [list(col) for col in zip(*_serpentine_rows(N))]},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, shelves on about a third of the squares",
        "tags": ["max-size", "random"],
        "input": {"floor": _random(rng, N, N, 0.33)},
    }
    walled = [[0] * N for _ in range(N)]
    walled[N - 2][N - 1] = walled[N - 1][N - 2] = 1
    yield {
        "name": "max-goal-walled-in",
        "description": "maximum size, the goal is open but walled in, after everything else is explored",
        "tags": ["max-size", "no-answer"],
        "input": {"floor": walled},
    }


def sized(n, seed):
    """An n x n floor holding one aisle that winds back and forth across every row."""
    return {"floor": _serpentine_rows(n)}
