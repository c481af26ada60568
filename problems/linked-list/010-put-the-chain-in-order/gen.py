"""Seeded random and max-size tests, and sized inputs, for put-the-chain-in-order."""

import random

N = 100_000
LIMIT = 10**9


def generate():
    rng = random.Random(20261310)
    for j in range(5):
        n = rng.randint(5, 80)
        yield {
            "name": f"random-small-{j + 1}",
            "description": "small random list with many repeated values",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"head": [rng.randint(-6, 6) for _ in range(n)]},
        }
    yield {
        "name": "random-medium",
        "description": "medium random list",
        "tags": ["random"],
        "input": {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(5000)]},
    }
    values = [rng.randint(-LIMIT, LIMIT) for _ in range(N - 2)] + [LIMIT, -LIMIT]
    rng.shuffle(values)
    yield {
        "name": "max-random",
        "description": "maximum size, random values over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"head": values},
    }
    yield {
        "name": "max-sorted",
        "description": "maximum size, already in increasing order",
        "tags": ["max-size", "sorted"],
        "input": {"head": [-LIMIT + 11 * i for i in range(N)]},
    }
    yield {
        "name": "max-reverse-sorted",
        "description": "maximum size, in decreasing order",
        "tags": ["max-size", "reverse-sorted"],
        "input": {"head": [LIMIT - 13 * i for i in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value equal",
        "tags": ["max-size", "all-equal"],
        "input": {"head": [0] * N},
    }
    yield {
        "name": "max-few-values",
        "description": "maximum size, random values from a tiny range",
        "tags": ["max-size", "duplicates", "negatives"],
        "input": {"head": [rng.randint(-3, 3) for _ in range(N)]},
    }
    teeth = [i % 1000 for i in range(N)]
    yield {
        "name": "max-sawtooth",
        "description": "maximum size, the same increasing run repeated many times",
        "tags": ["max-size", "duplicates"],
        "input": {"head": teeth},
    }


def sized(n, seed):
    """One input of n nodes, the same for the same (n, seed): random values, so every merge
    level does its full work."""
    rng = random.Random(20261310 + seed)
    return {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}
