"""Seeded random and max-size tests, and sized inputs, for next-larger-on-a-ring."""

import random

N = 100_000
BIG = 10**9


def generate():
    rng = random.Random(20261209)
    for k in range(4):
        n = rng.randint(5, 30)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "short random ring with many repeated values",
            "tags": ["random", "duplicates", "zeros"],
            "input": {"nums": [rng.randint(0, 6) for _ in range(n)]},
        }
    yield {
        "name": "random-medium-wide",
        "description": "a few hundred random values over the whole range",
        "tags": ["random"],
        "input": {"nums": [rng.randint(0, BIG) for _ in range(300)]},
    }

    yield {
        "name": "max-random",
        "description": "maximum size, random values",
        "tags": ["max-size", "random"],
        "input": {"nums": [rng.randint(0, BIG) for _ in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value equal",
        "tags": ["max-size", "all-equal", "no-answer"],
        "input": {"nums": [BIG // 3] * N},
        "expected": [-1] * N,
    }
    desc = [BIG - 7 * i for i in range(N)]
    yield {
        "name": "max-strictly-decreasing",
        "description": "maximum size, strictly decreasing values, so every answer needs the wrap",
        "tags": ["max-size", "reverse-sorted", "extremes"],
        "input": {"nums": desc},
        "expected": [-1] + [BIG] * (N - 1),
    }
    yield {
        "name": "max-largest-first-rest-equal",
        "description": "maximum size, the largest value first and all others equal",
        "tags": ["max-size", "answer-first", "extremes", "zeros"],
        "input": {"nums": [BIG] + [0] * (N - 1)},
        "expected": [-1] + [BIG] * (N - 1),
    }
    yield {
        "name": "max-strictly-increasing",
        "description": "maximum size, strictly increasing values",
        "tags": ["max-size", "sorted"],
        "input": {"nums": desc[::-1]},
        "expected": desc[-2::-1] + [-1],
    }
    yield {
        "name": "max-few-distinct",
        "description": "maximum size, only a handful of distinct values",
        "tags": ["max-size", "duplicates", "zeros"],
        "input": {"nums": [rng.randint(0, 3) for _ in range(N)]},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): values strictly decreasing by
    random steps, so every answer needs the wrap-around."""
    rng = random.Random(20261209 + seed)
    nums, v = [], BIG
    for _ in range(n):
        nums.append(v)
        v -= rng.randint(1, 10_000)
    return {"nums": nums}
