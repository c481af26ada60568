"""Seeded random and max-size tests, and sized inputs, for one-trade-best-gain."""

import random

N = 100_000
TOP = 10**9


def generate():
    rng = random.Random(20261212)
    for i in range(4):
        n = rng.randint(5, 60)
        yield {
            "name": f"random-small-{i + 1}",
            "description": "small random prices with repeats",
            "tags": ["random", "duplicates"],
            "input": {"prices": [rng.randint(0, 30) for _ in range(n)]},
        }
    yield {
        "name": "max-random",
        "description": "maximum size, random prices",
        "tags": ["max-size", "random"],
        "input": {"prices": [rng.randint(0, TOP) for _ in range(N)]},
    }
    yield {
        "name": "max-falling",
        "description": "maximum size, prices strictly falling",
        "tags": ["max-size", "reverse-sorted", "no-answer"],
        "input": {"prices": [TOP - 7 * i for i in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every price equal",
        "tags": ["max-size", "all-equal", "no-answer"],
        "input": {"prices": [123_456_789] * N},
    }
    walk, price = [], TOP // 2
    for _ in range(N):
        price = min(TOP, max(0, price + rng.randint(-10_000, 9_000)))
        walk.append(price)
    yield {
        "name": "max-drifting-down",
        "description": "maximum size, a random walk that drifts downwards",
        "tags": ["max-size", "random"],
        "input": {"prices": walk},
    }
    half = N // 2
    falling = [TOP - 3 * i for i in range(half)]
    low = falling[-1]
    yield {
        "name": "max-v-shape",
        "description": "maximum size, prices fall steadily, then rise steadily but less steeply",
        "tags": ["max-size", "answer-last"],
        "input": {"prices": falling + [low + 2 * (i + 1) for i in range(N - half)]},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random prices."""
    rng = random.Random(20261212 + seed)
    return {"prices": [rng.randint(0, TOP) for _ in range(n)]}
