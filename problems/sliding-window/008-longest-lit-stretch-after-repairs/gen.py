"""Seeded random and max-size tests, and sized inputs, for longest-lit-stretch-after-repairs."""

import random

N = 100_000


def _bits(rng: random.Random, n: int, zero_share: float) -> list[int]:
    return [0 if rng.random() < zero_share else 1 for _ in range(n)]


def generate():
    rng = random.Random(20261203)
    for j, share in enumerate((0.2, 0.4, 0.6, 0.8)):
        n = rng.randint(10, 60)
        yield {
            "name": f"random-small-{j + 1}",
            "description": "small random street",
            "tags": ["random", "zeros", "duplicates"],
            "input": {"lamps": _bits(rng, n, share), "k": rng.randint(0, 6)},
        }
    yield {
        "name": "max-random-many-repairs",
        "description": "maximum size, half the lamps broken, repairs for a quarter of the street",
        "tags": ["max-size", "random", "zeros"],
        "input": {"lamps": _bits(rng, N, 0.5), "k": N // 4},
    }
    yield {
        "name": "max-sparse-zeros",
        "description": "maximum size, few broken lamps, a few hundred repairs",
        "tags": ["max-size", "random", "zeros"],
        "input": {"lamps": _bits(rng, N, 0.01), "k": 500},
    }
    yield {
        "name": "max-all-ones",
        "description": "maximum size, no broken lamps, no repairs",
        "tags": ["max-size", "all-equal", "boundary", "whole-input"],
        "input": {"lamps": [1] * N, "k": 0},
    }
    yield {
        "name": "max-all-zeros-fix-all",
        "description": "maximum size, every lamp broken, enough repairs for all",
        "tags": ["max-size", "all-equal", "zeros", "boundary", "whole-input"],
        "input": {"lamps": [0] * N, "k": N},
    }
    yield {
        "name": "max-all-zeros-no-repair",
        "description": "maximum size, every lamp broken, no repairs",
        "tags": ["max-size", "all-equal", "zeros", "boundary", "no-answer"],
        "input": {"lamps": [0] * N, "k": 0},
    }
    yield {
        "name": "max-random-few-repairs",
        "description": "maximum size, a quarter of the lamps broken, few repairs",
        "tags": ["max-size", "random", "zeros"],
        "input": {"lamps": _bits(rng, N, 0.25), "k": 3},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): half the lamps broken at
    random, repairs for a quarter of the street."""
    rng = random.Random(20261203 + seed)
    return {"lamps": _bits(rng, n, 0.5), "k": n // 4}
