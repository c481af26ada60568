"""Seeded random and max-size tests, and sized inputs, for count-the-reefs."""

import random

N = 300


def _serpentine(n):
    """One winding reef: full coral rows joined alternately at the right and left ends."""
    chart = []
    for i in range(n):
        if i % 2 == 0:
            chart.append([1] * n)
        else:
            row = [0] * n
            row[n - 1 if i % 4 == 1 else 0] = 1
            chart.append(row)
    return chart


def _random(rng, rows, cols, p):
    return [[1 if rng.random() < p else 0 for _ in range(cols)] for _ in range(rows)]


def generate():
    rng = random.Random(20261203)
    for k in range(5):
        rows, cols = rng.randint(2, 12), rng.randint(2, 12)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random chart",
            "tags": ["random"],
            "input": {"chart": _random(rng, rows, cols, rng.choice((0.3, 0.5, 0.7)))},
        }
    yield {
        "name": "max-random-half",
        "description": "maximum size, about half the squares coral, many reefs",
        "tags": ["max-size", "random"],
        "input": {"chart": _random(rng, N, N, 0.5)},
    }
    yield {
        "name": "max-all-coral",
        "description": "maximum size, every square is coral",
        "tags": ["max-size", "all-equal", "whole-input"],
        "input": {"chart": [[1] * N for _ in range(N)]},
    }
    yield {
        "name": "max-serpentine",
        "description": "maximum size, one long winding reef",
        "tags": ["max-size", "deep", "whole-input"],
        "input": {"chart": _serpentine(N)},
    }
    yield {
        "name": "max-checkerboard",
        "description": "maximum size, coral squares meeting only at corners",
        "tags": ["max-size", "distinct"],
        "input": {"chart": [[(i + j + 1) % 2 for j in range(N)] for i in range(N)]},
    }
    yield {
        "name": "max-all-sand",
        "description": "maximum size, no coral at all",
        "tags": ["max-size", "all-equal", "no-answer", "zeros"],
        "input": {"chart": [[0] * N for _ in range(N)]},
    }
    yield {
        "name": "max-dense-random",
        "description": "maximum size, mostly coral with scattered sand",
        "tags": ["max-size", "random"],
        "input": {"chart": _random(rng, N, N, 0.8)},
    }


def sized(n, seed):
    """An n x n chart holding one winding reef: every search covers all of it."""
    return {"chart": _serpentine(n)}
