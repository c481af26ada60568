"""Seeded random and max-size tests, and sized inputs, for lowest-summit-route."""

import random

N = 200
TOP = 1_000_000


def _serpentine(rng, n):
    """High walls with one low path winding across every other row."""
    grid = []
    for i in range(n):
        if i % 2 == 0:
            grid.append([rng.randint(0, TOP // 2) for _ in range(n)])
        else:
            row = [TOP] * n
            j = n - 1 if i % 4 == 1 else 0
            row[j] = rng.randint(0, TOP // 2)
            grid.append(row)
    if n % 2 == 0:
        grid[-1] = [TOP] * (n - 1) + [rng.randint(0, TOP // 2)]
    return grid


def generate():
    rng = random.Random(10102026)
    for k in range(5):
        rows, cols = rng.randint(2, 10), rng.randint(2, 10)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random terrain",
            "tags": ["random"],
            "input": {"terrain": [[rng.randint(0, 30) for _ in range(cols)] for _ in range(rows)]},
        }
    terrain = [[rng.randint(0, TOP) for _ in range(N)] for _ in range(N)]
    terrain[0][0] = 0
    terrain[N // 2][N // 2] = TOP
    yield {
        "name": "max-random",
        "description": "maximum size, random heights over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"terrain": terrain},
    }
    yield {
        "name": "max-serpentine",
        "description": "maximum size, high ridges leaving one long winding low route",
        "tags": ["max-size", "deep"],
        "input": {"terrain": _serpentine(rng, N)},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every square at the same height",
        "tags": ["max-size", "all-equal"],
        "input": {"terrain": [[424242] * N for _ in range(N)]},
    }
    yield {
        "name": "max-rising-to-goal",
        "description": "maximum size, the land rises steadily towards the goal",
        "tags": ["max-size", "sorted", "answer-last"],
        "input": {"terrain": [[(i + j) * 2000 + rng.randint(0, 1999) for j in range(N)] for i in range(N)]},
    }
    valley = [[TOP - abs(i - j) * 2500 - rng.randint(0, 2000) for j in range(N)] for i in range(N)]
    yield {
        "name": "max-high-diagonal",
        "description": "maximum size, a high ridge along the diagonal from start to goal, lower land either side",
        "tags": ["max-size", "answer-first"],
        "input": {"terrain": valley},
    }


def sized(n, seed):
    """An n x n terrain of high ridges leaving one long winding low route."""
    return {"terrain": _serpentine(random.Random(10000 + seed), n)}
