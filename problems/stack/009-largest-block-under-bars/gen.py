"""Seeded random and max-size tests, and sized inputs, for largest-block-under-bars."""

import random

N = 100_000
TOP = 10**9


def generate():
    rng = random.Random(20261209)
    for k in range(5):
        n = rng.randint(5, 40)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random chart with repeated heights and some zeros",
            "tags": ["random", "duplicates", "zeros"],
            "input": {"heights": [rng.randint(0, 8) for _ in range(n)]},
        }
    yield {
        "name": "random-medium",
        "description": "medium random chart",
        "tags": ["random"],
        "input": {"heights": [rng.randint(0, 10_000) for _ in range(2000)]},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random heights over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"heights": [rng.randint(0, TOP) for _ in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every bar at the largest height",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"heights": [TOP] * N},
    }
    yield {
        "name": "max-increasing",
        "description": "maximum size, heights strictly increasing",
        "tags": ["max-size", "sorted"],
        "input": {"heights": [10_000 * (i + 1) for i in range(N)]},
    }
    yield {
        "name": "max-decreasing",
        "description": "maximum size, heights strictly decreasing",
        "tags": ["max-size", "reverse-sorted"],
        "input": {"heights": [10_000 * (N - i) for i in range(N)]},
    }
    half = N // 2
    yield {
        "name": "max-mountain",
        "description": "maximum size, heights rise to one peak and fall again",
        "tags": ["max-size", "duplicates"],
        "input": {"heights": list(range(1, half + 1)) + list(range(half, 0, -1))},
    }
    yield {
        "name": "max-few-values",
        "description": "maximum size, only a handful of distinct heights including zero",
        "tags": ["max-size", "duplicates", "zeros"],
        "input": {"heights": [rng.choice((0, 1, 2, 3, 3, 3)) for _ in range(N)]},
    }
    steps = []
    while len(steps) < N:
        steps.extend([rng.randint(1, TOP)] * rng.randint(1, 2000))
    yield {
        "name": "max-long-plateaus",
        "description": "maximum size, long runs of equal heights at random levels",
        "tags": ["max-size", "duplicates"],
        "input": {"heights": steps[:N]},
    }
    yield {
        "name": "max-zero-every-other",
        "description": "maximum size, tall bars separated by zero-height bars",
        "tags": ["max-size", "zeros", "extremes", "ties"],
        "input": {"heights": [TOP if i % 2 else 0 for i in range(N)]},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): heights strictly increasing
    by random steps, so every bar waits on the stack until the end."""
    rng = random.Random(20261209 + seed)
    heights, h = [], 0
    for _ in range(n):
        h += rng.randint(1, 10_000)
        heights.append(h)
    return {"heights": heights}
