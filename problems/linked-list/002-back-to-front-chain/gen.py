"""Seeded random and max-size tests, and sized inputs, for back-to-front-chain."""

import random

N = 100_000
LIMIT = 10**9


def generate():
    rng = random.Random(20261302)
    for k in range(4):
        n = rng.randint(10, 60)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with many repeated values",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"head": [rng.randint(-5, 5) for _ in range(n)]},
        }
    yield {
        "name": "random-medium",
        "description": "medium random list",
        "tags": ["random"],
        "input": {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(3000)]},
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
        "name": "max-increasing",
        "description": "maximum size, values strictly increasing",
        "tags": ["max-size", "sorted"],
        "input": {"head": [-LIMIT + 7 * i for i in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value equal",
        "tags": ["max-size", "all-equal"],
        "input": {"head": [LIMIT] * N},
    }
    yield {
        "name": "max-few-values",
        "description": "maximum size, values from a tiny range including zero",
        "tags": ["max-size", "duplicates", "zeros"],
        "input": {"head": [rng.randint(-2, 2) for _ in range(N)]},
    }


def sized(n, seed):
    """One input of n nodes, the same for the same (n, seed): random values. Every node is
    relinked, whatever the values."""
    rng = random.Random(20261302 + seed)
    return {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}
