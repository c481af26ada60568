"""Seeded random and max-size tests, and sized inputs, for squares-in-order."""

import random

N = 100_000
LIMIT = 10_000


def _sorted_values(rng: random.Random, n: int, lo: int, hi: int) -> list[int]:
    return sorted(rng.randint(lo, hi) for _ in range(n))


def generate():
    rng = random.Random(20261206)
    for k in range(4):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with negative values and repeats",
            "tags": ["random", "negatives", "duplicates"],
            "input": {"nums": _sorted_values(rng, rng.randint(10, 60), -20, 20)},
        }
    yield {
        "name": "max-random",
        "description": "maximum size, random values over the whole range",
        "tags": ["max-size", "random", "negatives", "duplicates"],
        "input": {"nums": _sorted_values(rng, N, -LIMIT, LIMIT)},
    }
    yield {
        "name": "max-all-positive",
        "description": "maximum size, every value positive",
        "tags": ["max-size", "sorted", "duplicates"],
        "input": {"nums": _sorted_values(rng, N, 1, LIMIT)},
    }
    yield {
        "name": "max-all-negative",
        "description": "maximum size, every value negative",
        "tags": ["max-size", "negatives", "duplicates"],
        "input": {"nums": _sorted_values(rng, N, -LIMIT, -1)},
    }
    yield {
        "name": "max-mostly-negative",
        "description": "maximum size, nearly all values negative with a few large positives",
        "tags": ["max-size", "negatives", "duplicates"],
        "input": {"nums": _sorted_values(rng, N - 50, -LIMIT, -1) + _sorted_values(rng, 50, 1, LIMIT)},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value the same",
        "tags": ["max-size", "all-equal", "negatives"],
        "input": {"nums": [-LIMIT] * N},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random values over the whole
    range, so squares come from both ends."""
    rng = random.Random(20261206 + seed)
    return {"nums": _sorted_values(rng, n, -LIMIT, LIMIT)}
