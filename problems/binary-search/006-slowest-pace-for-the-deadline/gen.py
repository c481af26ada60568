"""Seeded random and max-size tests, and sized inputs, for slowest-pace-for-the-deadline."""

import random

N = 10_000
B = 10**9


def generate():
    rng = random.Random(20261306)
    for k in range(5):
        pages = [rng.randint(1, 60) for _ in range(rng.randint(1, 20))]
        yield {
            "name": f"random-small-{k + 1}",
            "description": "a few short chapters with repeated lengths",
            "tags": ["random", "duplicates"],
            "input": {"pages": pages, "hours": rng.randint(len(pages), 3 * len(pages) + 10)},
        }
    pages = [rng.randint(1, 10**6) for _ in range(2000)]
    yield {
        "name": "random-medium",
        "description": "medium number of chapters, random lengths",
        "tags": ["random"],
        "input": {"pages": pages, "hours": 5000},
    }
    yield {
        "name": "max-one-giant",
        "description": "maximum size, one huge chapter among one-page chapters, few spare hours",
        "tags": ["max-size", "extremes", "duplicates"],
        "input": {"pages": [1] * (N // 2) + [B] + [1] * (N // 2 - 1), "hours": N + 10},
    }
    yield {
        "name": "max-all-longest",
        "description": "maximum size, every chapter as long as possible, one hour each",
        "tags": ["max-size", "all-equal", "boundary"],
        "input": {"pages": [B] * N, "hours": N},
    }
    pages = [rng.randint(1, B) for _ in range(N)]
    yield {
        "name": "max-random",
        "description": "maximum size, random long chapters, about three hours per chapter",
        "tags": ["max-size", "random"],
        "input": {"pages": pages, "hours": 3 * N},
    }
    pages = [rng.randint(1, B) for _ in range(N)]
    yield {
        "name": "max-most-hours",
        "description": "maximum size, random chapters and the largest number of hours",
        "tags": ["max-size", "random", "extremes"],
        "input": {"pages": pages, "hours": B},
    }
    pages = [rng.randint(B // 2, B) for _ in range(N)]
    yield {
        "name": "max-just-over-one-hour",
        "description": "maximum size, long chapters with barely more hours than chapters",
        "tags": ["max-size", "random"],
        "input": {"pages": pages, "hours": N + 37},
    }


def sized(n, seed):
    """One input of size n: n random long chapters and three hours per chapter."""
    rng = random.Random(20261306 + seed)
    return {"pages": [rng.randint(1, B) for _ in range(n)], "hours": 3 * n}
