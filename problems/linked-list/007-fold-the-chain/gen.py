"""Seeded random and max-size tests, and sized inputs, for fold-the-chain."""

import random

N = 100_000
LIMIT = 10**9


def generate():
    rng = random.Random(20261307)
    for j in range(6):
        n = rng.randint(3, 30) * 2 + j % 2
        yield {
            "name": f"random-small-{j + 1}",
            "description": "small random list with repeated values" + (" (odd length)" if j % 2 else " (even length)"),
            "tags": ["random", "duplicates", "negatives"],
            "input": {"head": [rng.randint(-4, 4) for _ in range(n)]},
        }
    yield {
        "name": "near-max-odd",
        "description": "one node short of the maximum size (an odd length), random values",
        "tags": ["random"],
        "input": {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(N - 1)]},
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
        "tags": ["max-size", "sorted", "distinct"],
        "input": {"head": list(range(N))},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value equal",
        "tags": ["max-size", "all-equal"],
        "input": {"head": [-1] * N},
    }


def sized(n, seed):
    """One input of n nodes, the same for the same (n, seed): random values. The work is the
    same whatever the values."""
    rng = random.Random(20261307 + seed)
    return {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}
