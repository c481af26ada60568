"""Seeded random and max-size tests, and sized inputs, for midpoint-of-a-chain."""

import random

N = 100_000
LIMIT = 10**9


def generate():
    rng = random.Random(20261303)
    for k in range(6):
        n = rng.randint(6, 40) * 2 + k % 2  # both parities
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list, values from a tiny range" + (" (odd length)" if k % 2 else " (even length)"),
            "tags": ["random", "duplicates"],
            "input": {"head": [rng.randint(-3, 3) for _ in range(n)]},
        }
    yield {
        "name": "near-max-odd",
        "description": "one node short of the maximum size (an odd length), random values",
        "tags": ["random"],
        "input": {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(N - 1)]},
    }
    values = [rng.randint(-LIMIT, LIMIT) for _ in range(N - 2)] + [-LIMIT, LIMIT]
    rng.shuffle(values)
    yield {
        "name": "max-random",
        "description": "maximum size (an even length), random values over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"head": values},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value equal",
        "tags": ["max-size", "all-equal"],
        "input": {"head": [7] * N},
    }
    yield {
        "name": "max-two-values",
        "description": "maximum size, two values alternating",
        "tags": ["max-size", "duplicates"],
        "input": {"head": [(-1) ** i for i in range(N)]},
    }


def sized(n, seed):
    """One input of n nodes, the same for the same (n, seed): random values. The walk to
    the middle is the same whatever the values."""
    rng = random.Random(20261303 + seed)
    return {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}
