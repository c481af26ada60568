"""Seeded random and max-size tests, and sized inputs, for shortest-run-reaching-target."""

import random

N = 100_000
MAXV = 10_000


def generate():
    rng = random.Random(20261201)
    for k in range(4):
        n = rng.randint(10, 60)
        nums = [rng.randint(1, 20) for _ in range(n)]
        target = rng.randint(1, sum(nums) + 10)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list",
            "tags": ["random", "duplicates"],
            "input": {"nums": nums, "target": target},
        }
    nums = [rng.randint(1, MAXV) for _ in range(N)]
    yield {
        "name": "max-random-short-run",
        "description": "maximum size, random values, the best run is short",
        "tags": ["max-size", "random"],
        "input": {"nums": nums, "target": 60_000},
    }
    yield {
        "name": "max-no-answer",
        "description": "maximum size, random values, the whole list falls just short",
        "tags": ["max-size", "random", "no-answer"],
        "input": {"nums": nums, "target": sum(nums) + 1},
    }
    small = [rng.randint(1, 10) for _ in range(N)]
    yield {
        "name": "max-long-run",
        "description": "maximum size, small values, the best run covers about half the list",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"nums": small, "target": sum(small) // 2},
    }
    yield {
        "name": "max-all-equal-whole",
        "description": "maximum size, all values equal, only the whole list reaches the target",
        "tags": ["max-size", "all-equal", "whole-input", "extremes"],
        "input": {"nums": [MAXV] * N, "target": MAXV * N},
    }
    ones = [1] * (N - 1) + [MAXV]
    yield {
        "name": "max-spike-last",
        "description": "maximum size, the best run ends at the last position",
        "tags": ["max-size", "answer-last", "extremes"],
        "input": {"nums": ones, "target": MAXV + 5},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): small values, the target half
    of the total, so every run that reaches it covers about half the list."""
    rng = random.Random(20261201 + seed)
    nums = [rng.randint(1, 10) for _ in range(n)]
    return {"nums": nums, "target": max(1, sum(nums) // 2)}
