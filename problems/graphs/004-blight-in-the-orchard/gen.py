"""Seeded random and max-size tests, and sized inputs, for blight-in-the-orchard."""

import random

N = 300


def _serpentine(n):
    """One winding line of trees, sick at the top-left end."""
    grid = []
    for i in range(n):
        if i % 2 == 0:
            grid.append([1] * n)
        else:
            row = [0] * n
            row[n - 1 if i % 4 == 1 else 0] = 1
            grid.append(row)
    grid[0][0] = 2
    return grid


def _random(rng, rows, cols, weights):
    return [rng.choices((0, 1, 2), weights, k=cols) for _ in range(rows)]


def generate():
    rng = random.Random(4042026)
    for k in range(5):
        rows, cols = rng.randint(2, 12), rng.randint(2, 12)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random orchard",
            "tags": ["random"],
            "input": {"orchard": _random(rng, rows, cols, (2, 10, 1))},
        }
    full = [[1] * N for _ in range(N)]
    full[0][0] = 2
    yield {
        "name": "max-one-corner-source",
        "description": "maximum size, trees everywhere and one sick tree in a corner",
        "tags": ["max-size", "answer-first"],
        "input": {"orchard": full},
    }
    yield {
        "name": "max-serpentine",
        "description": "maximum size, one long winding line of trees sick at one end",
        "tags": ["max-size", "deep"],
        "input": {"orchard": _serpentine(N)},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random plots with a few sick trees",
        "tags": ["max-size", "random"],
        "input": {"orchard": _random(rng, N, N, (1, 30, 1))},
    }
    yield {
        "name": "max-all-sick",
        "description": "maximum size, every tree already sick",
        "tags": ["max-size", "all-equal", "boundary"],
        "input": {"orchard": [[2] * N for _ in range(N)]},
    }
    cut = [[1] * N for _ in range(N)]
    cut[0][0] = 2
    cut[N - 1][N - 2] = cut[N - 2][N - 1] = 0
    yield {
        "name": "max-last-tree-cut-off",
        "description": "maximum size, one corner tree can never be reached",
        "tags": ["max-size", "no-answer", "answer-last"],
        "input": {"orchard": cut},
    }
    many = [[2 if (i % 50 == 25 and j % 50 == 25) else 1 for j in range(N)] for i in range(N)]
    yield {
        "name": "max-many-sources",
        "description": "maximum size, many sick trees spread evenly",
        "tags": ["max-size", "ties"],
        "input": {"orchard": many},
    }


def sized(n, seed):
    """An n x n orchard holding one winding line of trees, sick at one end."""
    return {"orchard": _serpentine(n)}
