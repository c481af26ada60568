"""Seeded random and max-size tests, and sized inputs, for water-between-bars."""

import random

N = 100_000
TOP = 100_000


def generate():
    rng = random.Random(20261205)
    for k in range(4):
        n = rng.randint(10, 50)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random row with many equal heights",
            "tags": ["random", "duplicates"],
            "input": {"heights": [rng.randint(0, 10) for _ in range(n)]},
        }
    yield {
        "name": "random-medium",
        "description": "medium random row",
        "tags": ["random"],
        "input": {"heights": [rng.randint(0, 1000) for _ in range(1000)]},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random heights over the whole range",
        "tags": ["max-size", "random"],
        "input": {"heights": [rng.randint(0, TOP) for _ in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every bar at the maximum height",
        "tags": ["max-size", "all-equal", "extremes", "no-answer"],
        "input": {"heights": [TOP] * N},
    }
    half = N // 2
    yield {
        "name": "max-mountain",
        "description": "maximum size, heights rise to one peak and fall again",
        "tags": ["max-size", "no-answer", "duplicates", "zeros"],
        "input": {"heights": list(range(half)) + list(range(half - 1, -1, -1))},
    }
    yield {
        "name": "max-valley",
        "description": "maximum size, heights fall to one low point and rise again",
        "tags": ["max-size", "whole-input", "duplicates"],
        "input": {"heights": list(range(half, 0, -1)) + list(range(1, half + 1))},
    }
    middle = [rng.randint(0, 1000) for _ in range(N - 2)]
    yield {
        "name": "max-tall-ends",
        "description": "maximum size, the two end bars are far taller than the rest",
        "tags": ["max-size", "whole-input", "random"],
        "input": {"heights": [TOP, *middle, TOP - 1]},
    }
    yield {
        "name": "max-sawtooth",
        "description": "maximum size, tall and empty columns alternate",
        "tags": ["max-size", "extremes", "zeros", "duplicates"],
        "input": {"heights": [TOP if i % 2 == 0 else 0 for i in range(N)]},
    }
    yield {
        "name": "max-ascending",
        "description": "maximum size, heights strictly increasing",
        "tags": ["max-size", "sorted", "distinct", "no-answer", "zeros"],
        "input": {"heights": list(range(N))},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random heights over the whole
    range."""
    rng = random.Random(20261205 + seed)
    return {"heights": [rng.randint(0, TOP) for _ in range(n)]}
