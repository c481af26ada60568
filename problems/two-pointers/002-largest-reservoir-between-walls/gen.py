"""Seeded random and max-size tests, and sized inputs, for largest-reservoir-between-walls."""

import random

N = 100_000
BIG = 10**9


def generate():
    rng = random.Random(20261128)
    for k in range(4):
        n = rng.randint(20, 60)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random row with repeated heights",
            "tags": ["random", "duplicates"],
            "input": {"heights": [rng.randint(0, 20) for _ in range(n)]},
        }
    yield {
        "name": "random-medium",
        "description": "medium random row, large heights",
        "tags": ["random"],
        "input": {"heights": [rng.randint(0, BIG) for _ in range(2000)]},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random heights",
        "tags": ["max-size", "random"],
        "input": {"heights": [rng.randint(0, BIG) for _ in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every wall equal at the height limit",
        "tags": ["max-size", "all-equal", "extremes", "whole-input"],
        "input": {"heights": [BIG] * N},
    }
    yield {
        "name": "max-increasing",
        "description": "maximum size, strictly increasing heights",
        "tags": ["max-size", "sorted", "distinct"],
        "input": {"heights": list(range(1, N + 1))},
    }
    low = [rng.randint(0, 1000) for _ in range(N)]
    low[N // 2 - 7] = BIG
    low[N // 2 + 5] = BIG - 1
    yield {
        "name": "max-tall-pair-in-middle",
        "description": "maximum size, short walls everywhere except two tall ones near the middle",
        "tags": ["max-size", "random"],
        "input": {"heights": low},
    }
    valley = [abs(i - N // 2) * 10_000 for i in range(N)]
    yield {
        "name": "max-valley",
        "description": "maximum size, heights fall towards the middle and rise again",
        "tags": ["max-size", "duplicates", "whole-input"],
        "input": {"heights": valley},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random heights."""
    rng = random.Random(20261128 + seed)
    return {"heights": [rng.randint(0, BIG) for _ in range(n)]}
