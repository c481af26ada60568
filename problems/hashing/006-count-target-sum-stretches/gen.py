"""Seeded random and max-size tests, and sized inputs, for count-target-sum-stretches."""

import random

N = 100_000


def generate():
    rng = random.Random(20261206)
    for t in range(4):
        n = rng.randint(20, 80)
        nums = [rng.randint(-5, 5) for _ in range(n)]
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random list with negatives, zeros and repeats",
            "tags": ["random", "negatives", "zeros"],
            "input": {"nums": nums, "k": rng.randint(-6, 6)},
        }
    nums = [rng.randint(-1000, 1000) for _ in range(N)]
    yield {
        "name": "max-random",
        "description": "maximum size, random values over the whole range",
        "tags": ["max-size", "random"],
        "input": {"nums": nums, "k": sum(nums[400:1700])},
    }
    yield {
        "name": "max-all-zeros",
        "description": "maximum size, every value zero and target zero (a huge answer)",
        "tags": ["max-size", "all-equal", "zeros"],
        "input": {"nums": [0] * N, "k": 0},
    }
    yield {
        "name": "max-alternating",
        "description": "maximum size, values alternate between two opposites",
        "tags": ["max-size", "negatives", "overlap"],
        "input": {"nums": [1 if i % 2 == 0 else -1 for i in range(N)], "k": 1},
    }
    nums = [rng.randint(-3, 3) for _ in range(N)]
    yield {
        "name": "max-small-values",
        "description": "maximum size, small values so running totals repeat often",
        "tags": ["max-size", "duplicates", "negatives"],
        "input": {"nums": nums, "k": -2},
    }
    yield {
        "name": "max-positive-unreachable",
        "description": "maximum size, positive values only, target out of reach",
        "tags": ["max-size", "no-answer", "boundary"],
        "input": {"nums": [rng.randint(1, 1000) for _ in range(N)], "k": 10**8},
    }

    yield {
        "name": "max-all-smallest-whole",
        "description": "maximum size, every value the smallest allowed, the target only the whole list reaches",
        "tags": ["max-size", "all-equal", "negatives", "boundary", "whole-input"],
        "input": {"nums": [-1000] * N, "k": -1000 * N},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random values over the whole
    range (running totals rarely repeat), k the sum of the middle half."""
    rng = random.Random(20261206 + seed)
    nums = [rng.randint(-1000, 1000) for _ in range(n)]
    return {"nums": nums, "k": sum(nums[n // 4 : 3 * n // 4])}
