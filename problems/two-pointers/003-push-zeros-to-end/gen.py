"""Seeded random and max-size tests, and sized inputs, for push-zeros-to-end."""

import random

N = 100_000
BIG = 10**9


def _mixed(rng: random.Random, n: int, zero_share: float, hi: int) -> list[int]:
    return [0 if rng.random() < zero_share else rng.choice((-1, 1)) * rng.randint(1, hi)
            for _ in range(n)]


def generate():
    rng = random.Random(20261129)
    for k, share in enumerate((0.2, 0.5, 0.8)):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with zeros and repeated values",
            "tags": ["random", "zeros", "duplicates", "negatives"],
            "input": {"nums": _mixed(rng, rng.randint(20, 60), share, 9)},
        }
    yield {
        "name": "max-random",
        "description": "maximum size, about half of the values are zero",
        "tags": ["max-size", "random", "zeros"],
        "input": {"nums": _mixed(rng, N, 0.5, BIG)},
    }
    half = N // 2
    yield {
        "name": "max-zeros-first",
        "description": "maximum size, all zeros come before all non-zero values",
        "tags": ["max-size", "zeros"],
        "input": {"nums": [0] * half + [rng.randint(1, BIG) for _ in range(N - half)]},
    }
    yield {
        "name": "max-alternating",
        "description": "maximum size, zeros and non-zero values alternate",
        "tags": ["max-size", "zeros"],
        "input": {"nums": [0 if i % 2 == 0 else i for i in range(N)]},
    }
    yield {
        "name": "max-no-zeros",
        "description": "maximum size, no zeros",
        "tags": ["max-size", "random"],
        "input": {"nums": _mixed(rng, N, 0.0, BIG)},
    }
    yield {
        "name": "max-all-zeros",
        "description": "maximum size, every value is zero",
        "tags": ["max-size", "all-equal", "zeros"],
        "input": {"nums": [0] * N},
    }
    yield {
        "name": "max-one-zero-first",
        "description": "maximum size, a single zero at the first position",
        "tags": ["max-size", "zeros", "sorted", "answer-first"],
        "input": {"nums": [0] + list(range(1, N))},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): all zeros come before all
    non-zero values, half and half."""
    rng = random.Random(20261129 + seed)
    half = n // 2
    return {"nums": [0] * half + _mixed(rng, n - half, 0.0, BIG)}
