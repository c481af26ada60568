"""Seeded random and max-size tests, and sized inputs, for longest-run-with-few-kinds."""

import random

N = 100_000
BIG = 10**9


def generate():
    rng = random.Random(20261202)
    for k in range(4):
        n = rng.randint(10, 60)
        nums = [rng.randint(-4, 4) for _ in range(n)]
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with few different values",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"nums": nums, "k": rng.randint(0, 5)},
        }
    wide = [rng.randint(-BIG, BIG) for _ in range(N)]
    yield {
        "name": "max-k-covers-all",
        "description": "maximum size, random values, the allowance covers every distinct value",
        "tags": ["max-size", "random", "boundary", "whole-input", "negatives"],
        "input": {"nums": wide, "k": 100_000},
    }
    yield {
        "name": "max-distinct-half",
        "description": "maximum size, all values distinct, the allowance is half the list",
        "tags": ["max-size", "distinct", "reverse-sorted", "ties"],
        "input": {"nums": list(range(N, 0, -1)), "k": N // 2},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, all values equal, one kind allowed",
        "tags": ["max-size", "all-equal", "whole-input", "extremes"],
        "input": {"nums": [BIG] * N, "k": 1},
    }
    few = [rng.randint(0, 9) for _ in range(N)]
    yield {
        "name": "max-few-kinds",
        "description": "maximum size, ten different values in random order",
        "tags": ["max-size", "random", "duplicates", "zeros"],
        "input": {"nums": few, "k": 6},
    }
    third = N // 3
    blocks = ([rng.choice((1, 2)) for _ in range(third)]
              + [rng.choice((2, 3)) for _ in range(third)]
              + [rng.choice((3, 4)) for _ in range(N - 2 * third)])
    yield {
        "name": "max-long-blocks",
        "description": "maximum size, long stretches that each use two values",
        "tags": ["max-size", "duplicates"],
        "input": {"nums": blocks, "k": 2},
    }
    yield {
        "name": "max-k-zero",
        "description": "maximum size, no kinds allowed",
        "tags": ["max-size", "boundary", "no-answer", "random"],
        "input": {"nums": wide, "k": 0},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): all values distinct, the
    allowance half the length."""
    rng = random.Random(20261202 + seed)
    return {"nums": rng.sample(range(-BIG, BIG + 1), n), "k": n // 2}
