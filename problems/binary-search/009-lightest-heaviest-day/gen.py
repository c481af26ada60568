"""Seeded random and max-size tests, and sized inputs, for lightest-heaviest-day."""

import random

N = 50_000
W = 10**6


def generate():
    rng = random.Random(20261309)
    for k in range(4):
        loads = [rng.randint(0, 40) for _ in range(rng.randint(1, 25))]
        yield {
            "name": f"random-small-{k + 1}",
            "description": "a few light parcels with repeated weights",
            "tags": ["random", "duplicates"],
            "input": {"loads": loads, "days": rng.randint(1, len(loads))},
        }
    loads = [rng.randint(0, W) for _ in range(3000)]
    yield {
        "name": "random-medium",
        "description": "medium number of parcels, random weights, a few dozen days",
        "tags": ["random"],
        "input": {"loads": loads, "days": 37},
    }
    loads = [rng.randint(0, W) for _ in range(N)]
    yield {
        "name": "max-random-few-days",
        "description": "maximum size, random weights, few days",
        "tags": ["max-size", "random"],
        "input": {"loads": loads, "days": 50},
    }
    yield {
        "name": "max-all-heaviest",
        "description": "maximum size, every parcel as heavy as possible, a number of days that does not divide the count",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"loads": [W] * N, "days": 7},
    }
    loads = [0] * N
    for i in rng.sample(range(N), 4000):
        loads[i] = rng.randint(W // 2, W)
    yield {
        "name": "max-mostly-empty",
        "description": "maximum size, mostly empty crates with heavy parcels scattered, a thousand days",
        "tags": ["max-size", "zeros", "duplicates"],
        "input": {"loads": loads, "days": 1000},
    }
    loads = [rng.randint(0, W) for _ in range(N)]
    loads[rng.randrange(N)] = 0
    loads[rng.randrange(N)] = W
    yield {
        "name": "max-one-per-day",
        "description": "maximum size, as many days as parcels, lightest and heaviest weights present",
        "tags": ["max-size", "boundary", "extremes"],
        "input": {"loads": loads, "days": N},
    }
    loads = [rng.randint(W - 1000, W) for _ in range(N)]
    yield {
        "name": "max-one-day",
        "description": "maximum size, everything on a single day",
        "tags": ["max-size", "boundary", "whole-input"],
        "input": {"loads": loads, "days": 1},
    }


def sized(n, seed):
    """One input of size n: random weights over a few days, so the answer is far above any parcel."""
    rng = random.Random(20261309 + seed)
    return {"loads": [rng.randint(0, W) for _ in range(n)], "days": max(1, min(n, 50))}
