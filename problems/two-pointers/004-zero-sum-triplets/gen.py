"""Seeded random and max-size tests, and sized inputs, for zero-sum-triplets."""

import random

N = 2000
LIMIT = 100_000


def generate():
    rng = random.Random(20261204)
    for k in range(4):
        n = rng.randint(20, 80)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with many repeated values",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"nums": [rng.randint(-15, 15) for _ in range(n)]},
        }
    for k in range(2):
        yield {
            "name": f"random-medium-{k + 1}",
            "description": "medium random list, some repeated values",
            "tags": ["random", "duplicates"],
            "input": {"nums": [rng.randint(-1000, 1000) for _ in range(300)]},
        }
    yield {
        "name": "max-random-distinct",
        "description": "maximum size, distinct random values over the whole range",
        "tags": ["max-size", "random", "distinct"],
        "input": {"nums": rng.sample(range(-LIMIT, LIMIT + 1), N)},
    }
    odd = rng.sample(range(-LIMIT + 1, LIMIT, 2), N)
    yield {
        "name": "max-no-triplet",
        "description": "maximum size, distinct values and no triplet at all",
        "tags": ["max-size", "no-answer", "distinct"],
        "input": {"nums": odd},
    }
    yield {
        "name": "max-heavy-repeats",
        "description": "maximum size, values from a narrow range so every value repeats often",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"nums": [rng.randint(-150, 150) for _ in range(N)]},
    }
    yield {
        "name": "max-all-zero",
        "description": "maximum size, every value zero",
        "tags": ["max-size", "all-equal", "zeros"],
        "input": {"nums": [0] * N},
    }
    mostly_negative = rng.sample(range(-LIMIT, 0), N - 10)
    mostly_negative += rng.sample(range(LIMIT // 2, LIMIT + 1), 10)
    rng.shuffle(mostly_negative)
    yield {
        "name": "max-mostly-negative",
        "description": "maximum size, nearly every value negative",
        "tags": ["max-size", "negatives", "distinct"],
        "input": {"nums": mostly_negative},
    }
    descending = sorted(rng.sample(range(-LIMIT, LIMIT + 1), N), reverse=True)
    yield {
        "name": "max-sorted-descending",
        "description": "maximum size, distinct values in decreasing order",
        "tags": ["max-size", "reverse-sorted", "distinct"],
        "input": {"nums": descending},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): distinct odd values, so no
    triplet exists and every sweep runs to the end."""
    rng = random.Random(20261204 + seed)
    return {"nums": rng.sample(range(-LIMIT + 1, LIMIT, 2), n)}
