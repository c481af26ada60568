"""Seeded random and max-size tests, and sized inputs, for lookups-in-a-ledger-grid."""

import random

CELLS = 100_000
Q = 100_000
B = 10**9


def _grid(rng, m, n, lo=-B, hi=B):
    values = sorted(rng.sample(range(lo, hi + 1), m * n))
    return [values[r * n : (r + 1) * n] for r in range(m)]


def _queries(rng, grid, count):
    """Half present (random cells), half random numbers (almost always missing)."""
    m, n = len(grid), len(grid[0])
    out = []
    for i in range(count):
        if i % 2:
            out.append(grid[rng.randrange(m)][rng.randrange(n)])
        else:
            out.append(rng.randint(grid[0][0] - 5, grid[-1][-1] + 5))
    return out


def generate():
    rng = random.Random(20261303)
    for k in range(5):
        m, n = rng.randint(1, 8), rng.randint(1, 8)
        grid = _grid(rng, m, n, -80, 80)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random grid, queries present and missing, some repeated",
            "tags": ["random", "duplicates"],
            "input": {"grid": grid, "queries": [rng.randint(-85, 85) for _ in range(40)]},
        }
    grid = _grid(rng, 40, 75)
    yield {
        "name": "random-medium",
        "description": "medium random grid with more columns than rows",
        "tags": ["random"],
        "input": {"grid": grid, "queries": _queries(rng, grid, 3000)},
    }
    grid = _grid(rng, 316, 316)
    grid[0][0], grid[-1][-1] = -B, B
    yield {
        "name": "max-square",
        "description": "maximum size, a square grid, half the queries present",
        "tags": ["max-size", "random", "extremes"],
        "input": {"grid": grid, "queries": _queries(rng, grid, Q)},
    }
    grid = _grid(rng, CELLS, 1)
    yield {
        "name": "max-one-column",
        "description": "maximum size, a single column",
        "tags": ["max-size", "random"],
        "input": {"grid": grid, "queries": _queries(rng, grid, Q)},
    }
    grid = _grid(rng, 1, CELLS)
    yield {
        "name": "max-one-row",
        "description": "maximum size, a single row",
        "tags": ["max-size", "random"],
        "input": {"grid": grid, "queries": _queries(rng, grid, Q)},
    }
    grid = _grid(rng, 2000, 50)
    yield {
        "name": "max-tall",
        "description": "maximum size, many short rows, every query present",
        "tags": ["max-size"],
        "input": {"grid": grid, "queries": [grid[rng.randrange(2000)][rng.randrange(50)] for _ in range(Q)]},
    }
    grid = _grid(rng, 50, 2000, -B // 2, B // 2)
    yield {
        "name": "max-wide-missing",
        "description": "maximum size, a few long rows, every query missing",
        "tags": ["max-size", "no-answer"],
        "input": {"grid": [[2 * v for v in row] for row in grid], "queries": [2 * rng.randint(-B // 2, B // 2 - 1) + 1 for _ in range(Q)]},
    }


def sized(n, seed):
    """One input of size n: a near-square grid of n cells (rounded down to whole rows)
    and n queries, half of them present."""
    rng = random.Random(20261303 + seed)
    cols = max(1, int(n**0.5))
    rows = n // cols
    grid = _grid(rng, rows, cols)
    return {"grid": grid, "queries": _queries(rng, grid, n)}
