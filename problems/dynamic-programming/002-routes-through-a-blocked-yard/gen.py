"""Seeded random and max-size tests, and sized inputs, for routes-through-a-blocked-yard."""

import random

SIDE = 200


def _random_yard(rng, rows, cols, density):
    yard = [[1 if rng.random() < density else 0 for _ in range(cols)] for _ in range(rows)]
    yard[0][0] = yard[-1][-1] = 0
    return yard


def generate():
    rng = random.Random(2)
    for rows, cols in ((3, 7), (8, 8), (12, 30), (40, 25)):
        yield {
            "name": f"random-{rows}x{cols}",
            "description": "a random yard of modest size with a few crates",
            "tags": ["random"],
            "input": {"yard": _random_yard(rng, rows, cols, 0.15)},
        }
    yield {
        "name": "max-open",
        "description": "largest yard, no crates at all",
        "tags": ["max-size", "all-equal", "zeros"],
        "input": {"yard": [[0] * SIDE for _ in range(SIDE)]},
    }
    yield {
        "name": "max-random-crates",
        "description": "largest yard, crates scattered at random",
        "tags": ["max-size", "random"],
        "input": {"yard": _random_yard(rng, SIDE, SIDE, 0.1)},
    }
    sparse = [[0] * SIDE for _ in range(SIDE)]
    for i in range(1, SIDE - 1, 3):
        for j in range(1, SIDE - 1, 3):
            sparse[i][j] = 1
    yield {
        "name": "max-grid-of-pillars",
        "description": "largest yard, single crates standing in a regular pattern",
        "tags": ["max-size", "duplicates"],
        "input": {"yard": sparse},
    }
    walled = [[0] * SIDE for _ in range(SIDE)]
    for j in range(SIDE):
        walled[SIDE // 2][j] = 1
    walled[SIDE // 2][SIDE - 1] = 0
    yield {
        "name": "max-wall-with-gap",
        "description": "largest yard, a wall of crates with one gap at its far end",
        "tags": ["max-size", "answer-last"],
        "input": {"yard": walled},
    }
    blocked = [[0] * SIDE for _ in range(SIDE)]
    blocked[-1][-1] = 1
    yield {
        "name": "max-goal-blocked",
        "description": "largest yard, open everywhere except the goal cell",
        "tags": ["max-size", "no-answer"],
        "input": {"yard": blocked},
    }
    yield {
        "name": "max-one-row",
        "description": "a single row of the largest width",
        "tags": ["boundary"],
        "input": {"yard": [[0] * SIDE]},
    }
    yield {
        "name": "max-one-column",
        "description": "a single column of the largest height",
        "tags": ["boundary"],
        "input": {"yard": [[0] for _ in range(SIDE)]},
    }


def sized(n, seed):
    """An n by n yard (n rows, the input's size) with sparse random crates, the start and
    goal free: every cell is filled, so the work grows as n^2."""
    rng = random.Random(8000 + seed)
    return {"yard": _random_yard(rng, n, n, 0.05)}
