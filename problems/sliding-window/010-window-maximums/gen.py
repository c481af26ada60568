"""Seeded random and max-size tests, and sized inputs, for window-maximums."""

import random

N = 100_000
BIG = 10**9


def generate():
    rng = random.Random(20261205)
    for j in range(4):
        n = rng.randint(10, 60)
        nums = [rng.randint(-5, 5) for _ in range(n)]
        yield {
            "name": f"random-small-{j + 1}",
            "description": "small random readings with repeats",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"nums": nums, "k": rng.randint(1, n)},
        }
    half = N // 2
    wide = [rng.randint(-BIG, BIG) for _ in range(N)]
    yield {
        "name": "max-random-half-window",
        "description": "maximum size, random readings, windows of half the list",
        "tags": ["max-size", "random", "negatives", "overlap"],
        "input": {"nums": wide, "k": half},
    }
    yield {
        "name": "max-descending-half-window",
        "description": "maximum size, strictly decreasing readings, windows of half the list",
        "tags": ["max-size", "reverse-sorted", "distinct", "overlap"],
        "input": {"nums": list(range(BIG, BIG - N, -1)), "k": half},
    }
    yield {
        "name": "max-ascending-half-window",
        "description": "maximum size, strictly increasing readings, windows of half the list",
        "tags": ["max-size", "sorted", "distinct", "negatives", "overlap"],
        "input": {"nums": list(range(-BIG, -BIG + N)), "k": half},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, all readings equal, windows of half the list",
        "tags": ["max-size", "all-equal", "ties", "overlap"],
        "input": {"nums": [7] * N, "k": half},
    }
    yield {
        "name": "max-few-values",
        "description": "maximum size, readings from a few values, medium windows",
        "tags": ["max-size", "duplicates", "ties", "zeros"],
        "input": {"nums": [rng.randint(0, 3) for _ in range(N)], "k": 1000},
    }
    yield {
        "name": "max-k-one",
        "description": "maximum size, windows of a single reading",
        "tags": ["max-size", "boundary", "random", "negatives"],
        "input": {"nums": wide, "k": 1},
    }
    yield {
        "name": "max-k-whole",
        "description": "maximum size, one window covering the whole list",
        "tags": ["max-size", "boundary", "whole-input", "random"],
        "input": {"nums": wide, "k": N},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random readings, windows of
    half the list (rounded up)."""
    rng = random.Random(20261205 + seed)
    return {"nums": [rng.randint(-BIG, BIG) for _ in range(n)], "k": (n + 1) // 2}
