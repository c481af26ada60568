"""Seeded random and max-size tests, and sized inputs, for first-and-last-sighting."""

import random

N = 100_000
B = 10**9


def generate():
    rng = random.Random(20261304)
    for k in range(5):
        nums = sorted(rng.randint(-6, 6) for _ in range(rng.randint(1, 30)))
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with many repeats",
            "tags": ["random", "duplicates"],
            "input": {"nums": nums, "queries": [rng.randint(-8, 8) for _ in range(30)]},
        }
    nums = sorted(rng.randint(-500, 500) for _ in range(3000))
    yield {
        "name": "random-medium",
        "description": "medium random list with repeats",
        "tags": ["random", "duplicates"],
        "input": {"nums": nums, "queries": [rng.randint(-510, 510) for _ in range(3000)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, one value fills the whole list and is asked for again and again",
        "tags": ["max-size", "all-equal", "whole-input"],
        "input": {"nums": [B] * N, "queries": [B] * (N - 2) + [B - 1, -B]},
    }
    values = sorted(rng.sample(range(-B, B), 10))
    nums = sorted(rng.choice(values) for _ in range(N))
    yield {
        "name": "max-few-values",
        "description": "maximum size, ten values with long runs, every query present",
        "tags": ["max-size", "duplicates"],
        "input": {"nums": nums, "queries": [rng.choice(values) for _ in range(N)]},
    }
    nums = sorted(rng.randint(-20_000, 20_000) for _ in range(N))
    nums[0], nums[-1] = -B, B
    yield {
        "name": "max-random",
        "description": "maximum size, short runs of random values, queries present and missing",
        "tags": ["max-size", "random", "duplicates", "extremes"],
        "input": {"nums": nums, "queries": [rng.randint(-20_005, 20_005) for _ in range(N)]},
    }
    nums = sorted(2 * rng.randint(-B // 2, B // 2) for _ in range(N))
    yield {
        "name": "max-all-missing",
        "description": "maximum size, every query falls between two values",
        "tags": ["max-size", "no-answer"],
        "input": {"nums": nums, "queries": [2 * rng.randint(-B // 2, B // 2 - 1) + 1 for _ in range(N)]},
    }
    half = N // 2
    yield {
        "name": "max-two-halves",
        "description": "maximum size, two values fill one half each, both asked for",
        "tags": ["max-size", "duplicates", "zeros", "negatives"],
        "input": {"nums": [-1] * half + [0] * half, "queries": [0 if i % 2 else -1 for i in range(N)]},
    }


def sized(n, seed):
    """One input of size n: a handful of values with long runs, and n queries for them
    (finding one copy and walking outwards costs the length of a run)."""
    rng = random.Random(20261304 + seed)
    values = sorted(rng.sample(range(-B, B), 5))
    return {
        "nums": sorted(rng.choice(values) for _ in range(n)),
        "queries": [rng.choice(values) for _ in range(n)],
    }
