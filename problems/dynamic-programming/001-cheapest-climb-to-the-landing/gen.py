"""Seeded random and max-size tests, and sized inputs, for cheapest-climb-to-the-landing."""

import random

N = 100_000
TOP = 1000


def generate():
    rng = random.Random(1)
    for k, n in enumerate((10, 25, 60, 300)):
        yield {
            "name": f"random-{n}",
            "description": "a random staircase of modest height",
            "tags": ["random"],
            "input": {"toll": [rng.randint(0, 30) for _ in range(n)]},
        }
    yield {
        "name": "max-random",
        "description": "maximum number of steps, random tolls over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"toll": [0, TOP] + [rng.randint(0, TOP) for _ in range(N - 2)]},
    }
    yield {
        "name": "max-all-dear",
        "description": "maximum number of steps, every toll at the largest value",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"toll": [TOP] * N},
    }
    yield {
        "name": "max-alternating",
        "description": "maximum number of steps, free and dear steps alternating",
        "tags": ["max-size", "zeros", "duplicates"],
        "input": {"toll": [0 if i % 2 else TOP for i in range(N)]},
    }
    yield {
        "name": "max-pairs-of-dear",
        "description": "maximum number of steps, dear steps in pairs that cannot both be jumped",
        "tags": ["max-size", "duplicates"],
        "input": {"toll": [TOP if i % 3 else rng.randint(0, 5) for i in range(N)]},
    }


def sized(n, seed):
    """Random tolls; every step has to be considered."""
    rng = random.Random(7000 + seed)
    return {"toll": [rng.randint(0, TOP) for _ in range(max(2, n))]}
