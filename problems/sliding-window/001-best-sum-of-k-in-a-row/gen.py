"""Seeded random and max-size tests, and sized inputs, for best-sum-of-k-in-a-row."""

import random

N = 100_000
TOP = 10_000


def _values(rng: random.Random, n: int, lo: int, hi: int) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(n)]


def generate():
    rng = random.Random(20261211)
    for i in range(4):
        n = rng.randint(5, 60)
        yield {
            "name": f"random-small-{i + 1}",
            "description": "small random list with negative values",
            "tags": ["random", "negatives", "duplicates"],
            "input": {"nums": _values(rng, n, -20, 20), "k": rng.randint(1, n)},
        }
    yield {
        "name": "max-random-half",
        "description": "maximum size, random values, k is half the length",
        "tags": ["max-size", "random", "negatives"],
        "input": {"nums": _values(rng, N, -TOP, TOP), "k": N // 2},
    }
    yield {
        "name": "max-all-negative-half",
        "description": "maximum size, every value negative and equal, k is half the length",
        "tags": ["max-size", "all-equal", "negatives", "extremes", "ties"],
        "input": {"nums": [-TOP] * N, "k": N // 2},
    }
    ramp = [-TOP + (2 * TOP * i) // (N - 1) for i in range(N)]
    yield {
        "name": "max-rising-half",
        "description": "maximum size, values rise steadily, k is half the length",
        "tags": ["max-size", "sorted", "answer-last", "extremes"],
        "input": {"nums": ramp, "k": N // 2 + 1},
    }
    yield {
        "name": "max-k-equals-n",
        "description": "maximum size, k equals the length",
        "tags": ["max-size", "boundary", "whole-input", "random"],
        "input": {"nums": _values(rng, N, -TOP, TOP), "k": N},
    }
    yield {
        "name": "max-k-one",
        "description": "maximum size, k = 1, all values negative",
        "tags": ["max-size", "boundary", "negatives", "random"],
        "input": {"nums": _values(rng, N, -TOP, -1), "k": 1},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random values, k half the
    length (rounded up)."""
    rng = random.Random(20261211 + seed)
    return {"nums": _values(rng, n, -TOP, TOP), "k": (n + 1) // 2}
