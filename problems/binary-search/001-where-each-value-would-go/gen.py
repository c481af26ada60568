"""Seeded random and max-size tests, and sized inputs, for where-each-value-would-go."""

import random

N = 100_000
B = 10**9


def _nums(rng, n, lo=-B, hi=B):
    return sorted(rng.sample(range(lo, hi + 1), n))


def generate():
    rng = random.Random(20261301)
    for k in range(5):
        nums = _nums(rng, rng.randint(1, 30), -60, 60)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list, queries inside and around it, some repeated",
            "tags": ["random", "duplicates"],
            "input": {"nums": nums, "queries": [rng.randint(-70, 70) for _ in range(40)]},
        }
    nums = _nums(rng, 3000)
    yield {
        "name": "random-medium",
        "description": "medium random list, half the queries present",
        "tags": ["random"],
        "input": {"nums": nums, "queries": [rng.choice(nums) if i % 2 else rng.randint(-B, B) for i in range(3000)]},
    }
    nums = _nums(rng, N)
    yield {
        "name": "max-random",
        "description": "maximum size, random values and random queries",
        "tags": ["max-size", "random", "extremes"],
        "input": {"nums": [-B] + nums[1:-1] + [B], "queries": [rng.randint(-B, B) for _ in range(N)]},
    }
    nums = _nums(rng, N, -B, 0)
    yield {
        "name": "max-all-after",
        "description": "maximum size, every query larger than every value",
        "tags": ["max-size", "answer-last"],
        "input": {"nums": nums, "queries": [rng.randint(1, B) for _ in range(N)]},
    }
    nums = _nums(rng, N, 0, B)
    yield {
        "name": "max-all-before",
        "description": "maximum size, every query smaller than every value",
        "tags": ["max-size", "answer-first", "negatives"],
        "input": {"nums": nums, "queries": [rng.randint(-B, -1) for _ in range(N)]},
    }
    nums = _nums(rng, N)
    yield {
        "name": "max-all-present",
        "description": "maximum size, every query is one of the values",
        "tags": ["max-size", "random"],
        "input": {"nums": nums, "queries": [rng.choice(nums) for _ in range(N)]},
    }
    nums = list(range(-N // 2, N // 2))
    yield {
        "name": "max-consecutive",
        "description": "maximum size, consecutive integers, queries in decreasing order",
        "tags": ["max-size", "reverse-sorted", "zeros"],
        "input": {"nums": nums, "queries": list(range(N // 2, -N // 2, -1))},
    }


def sized(n, seed):
    """One input of size n: n random values and n random queries (about half of them
    past the middle, so a scan from the left does about n / 2 steps per query)."""
    rng = random.Random(20261301 + seed)
    return {"nums": _nums(rng, n), "queries": [rng.randint(-B, B) for _ in range(n)]}
