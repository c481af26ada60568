"""Seeded random and max-size tests, and sized inputs, for search-a-turned-list."""

import random

N = 100_000
B = 10**9


def _turned(rng, n, lo=-B, hi=B, k=None):
    values = sorted(rng.sample(range(lo, hi + 1), n))
    k = rng.randrange(n) if k is None else k
    return values[k:] + values[:k]


def _queries(rng, nums, count):
    """Half present, half random (almost always missing)."""
    return [rng.choice(nums) if i % 2 else rng.randint(-B, B) for i in range(count)]


def generate():
    rng = random.Random(20261305)
    for k in range(5):
        nums = _turned(rng, rng.randint(1, 25), -50, 50)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random turned list, queries present and missing, some repeated",
            "tags": ["random", "duplicates"],
            "input": {"nums": nums, "queries": [rng.randint(-55, 55) for _ in range(40)]},
        }
    nums = _turned(rng, 3000)
    yield {
        "name": "random-medium",
        "description": "medium random turned list",
        "tags": ["random"],
        "input": {"nums": nums, "queries": _queries(rng, nums, 3000)},
    }
    values = sorted(rng.sample(range(-B + 1, B), N - 2))
    values = [-B] + values + [B]
    k = rng.randrange(N // 4, 3 * N // 4)
    nums = values[k:] + values[:k]
    yield {
        "name": "max-random",
        "description": "maximum size, turned somewhere in the middle, queries present and missing",
        "tags": ["max-size", "random", "extremes"],
        "input": {"nums": nums, "queries": _queries(rng, nums, N)},
    }
    nums = _turned(rng, N, -B // 2, B // 2, 0)
    yield {
        "name": "max-not-turned",
        "description": "maximum size, not turned at all, every query missing",
        "tags": ["max-size", "sorted", "no-answer"],
        "input": {"nums": [2 * v for v in nums], "queries": [2 * rng.randint(-B // 2, B // 2 - 1) + 1 for _ in range(N)]},
    }
    nums = _turned(rng, N, k=N - 1)
    yield {
        "name": "max-largest-first",
        "description": "maximum size, turned so that the largest value comes first, every query present",
        "tags": ["max-size", "answer-first"],
        "input": {"nums": nums, "queries": [rng.choice(nums) for _ in range(N)]},
    }
    nums = _turned(rng, N, k=1)
    yield {
        "name": "max-smallest-last",
        "description": "maximum size, turned so that the smallest value comes last, queries present and missing",
        "tags": ["max-size", "answer-last"],
        "input": {"nums": nums, "queries": _queries(rng, nums, N)},
    }


def sized(n, seed):
    """One input of size n: a list of n values turned at a random place, and n queries,
    half of them present."""
    rng = random.Random(20261305 + seed)
    nums = _turned(rng, n)
    return {"nums": nums, "queries": _queries(rng, nums, n)}
