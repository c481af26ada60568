"""Seeded random and max-size tests, and sized inputs, for lantern-festival-finale."""

import random

N = 150
TOP = 100


def generate():
    rng = random.Random(10)
    for n in (7, 12, 40):
        yield {
            "name": f"random-{n}",
            "description": "a random row of modest length",
            "tags": ["random"],
            "input": {"glow": [rng.randint(0, 12) for _ in range(n)]},
        }
    yield {
        "name": "max-random",
        "description": "the longest row, random brightness over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"glow": [0, TOP] + [rng.randint(0, TOP) for _ in range(N - 2)]},
    }
    yield {
        "name": "max-all-brightest",
        "description": "the longest row, every lantern at the largest brightness",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"glow": [TOP] * N},
    }
    yield {
        "name": "max-with-dark-lanterns",
        "description": "the longest row, many dark lanterns among bright ones",
        "tags": ["max-size", "zeros", "random"],
        "input": {"glow": [0 if rng.random() < 0.3 else rng.randint(50, TOP) for _ in range(N)]},
    }
    yield {
        "name": "max-zigzag",
        "description": "the longest row, dim and bright lanterns alternating",
        "tags": ["max-size", "duplicates"],
        "input": {"glow": [1 if i % 2 else TOP for i in range(N)]},
    }


def sized(n, seed):
    """A row of n random lanterns: every gap and every split point is tried."""
    rng = random.Random(15_000 + seed)
    return {"glow": [rng.randint(1, TOP) for _ in range(n)]}
