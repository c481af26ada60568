"""Seeded random and max-size tests, and sized inputs, for cheapest-cable-splicing."""

import random

N = 100_000
TOP = 10_000


def generate():
    rng = random.Random(20261302)
    for t in range(3):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random pile with repeated lengths",
            "tags": ["random", "duplicates"],
            "input": {"lengths": [rng.randint(1, 9) for _ in range(rng.randint(5, 30))]},
        }
    yield {
        "name": "random-medium",
        "description": "medium random pile",
        "tags": ["random"],
        "input": {"lengths": [rng.randint(1, TOP) for _ in range(2000)]},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random lengths over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"lengths": [1, TOP] + [rng.randint(1, TOP) for _ in range(N - 2)]},
    }
    yield {
        "name": "max-all-longest",
        "description": "maximum size, every cable of the largest allowed length",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"lengths": [TOP] * N},
    }
    yield {
        "name": "max-increasing",
        "description": "maximum size, lengths in non-decreasing order",
        "tags": ["max-size", "sorted"],
        "input": {"lengths": [1 + i * TOP // N for i in range(N)]},
    }
    yield {
        "name": "max-decreasing",
        "description": "maximum size, lengths in non-increasing order",
        "tags": ["max-size", "reverse-sorted"],
        "input": {"lengths": [TOP - i * TOP // N for i in range(N)]},
    }
    yield {
        "name": "max-two-lengths",
        "description": "maximum size, only the shortest and the longest allowed lengths",
        "tags": ["max-size", "duplicates", "extremes"],
        "input": {"lengths": [rng.choice((1, TOP)) for _ in range(N)]},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random lengths."""
    rng = random.Random(20261302 + seed)
    return {"lengths": [rng.randint(1, TOP) for _ in range(n)]}
