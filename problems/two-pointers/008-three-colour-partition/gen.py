"""Seeded random and max-size tests, and sized inputs, for three-colour-partition."""

import random

N = 100_000


def _random(rng: random.Random, n: int, weights: tuple[int, int, int]) -> list[int]:
    return rng.choices([0, 1, 2], weights=weights, k=n)


def generate():
    rng = random.Random(20261208)
    for k, weights in enumerate(((1, 1, 1), (5, 1, 1), (1, 1, 5), (1, 0, 1))):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random row of tiles",
            "tags": ["random", "duplicates", "zeros"],
            "input": {"colours": _random(rng, rng.randint(10, 50), weights)},
        }
    yield {
        "name": "max-random",
        "description": "maximum size, colours in random order",
        "tags": ["max-size", "random"],
        "input": {"colours": _random(rng, N, (1, 1, 1))},
    }
    third = N // 3
    yield {
        "name": "max-reverse-sorted",
        "description": "maximum size, in exactly the opposite order",
        "tags": ["max-size", "reverse-sorted"],
        "input": {"colours": [2] * third + [1] * third + [0] * (N - 2 * third)},
    }
    yield {
        "name": "max-sorted",
        "description": "maximum size, already in the required order",
        "tags": ["max-size", "sorted"],
        "input": {"colours": [0] * third + [1] * third + [2] * (N - 2 * third)},
    }
    yield {
        "name": "max-outer-colours-only",
        "description": "maximum size, only the first and last colours in random order",
        "tags": ["max-size", "random", "zeros"],
        "input": {"colours": _random(rng, N, (1, 0, 1))},
    }
    yield {
        "name": "max-all-middle",
        "description": "maximum size, every tile the middle colour",
        "tags": ["max-size", "all-equal"],
        "input": {"colours": [1] * N},
    }
    yield {
        "name": "max-cycle",
        "description": "maximum size, the last colour first in a repeating cycle",
        "tags": ["max-size", "duplicates"],
        "input": {"colours": [(2, 0, 1)[i % 3] for i in range(N)]},
    }


def sized(n, seed):
    """One input of size n, the same for every seed: in exactly the opposite order, a
    third of each colour."""
    third = n // 3
    return {"colours": [2] * third + [1] * third + [0] * (n - 2 * third)}
