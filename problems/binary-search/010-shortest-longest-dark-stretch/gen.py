"""Seeded random and max-size tests, and sized inputs, for shortest-longest-dark-stretch."""

import random

N = 10_000
B = 10**9


def _lamps(rng, n, top=B):
    return sorted(rng.sample(range(0, top + 1), n))


def generate():
    rng = random.Random(20261310)
    for k in range(4):
        lamps = _lamps(rng, rng.randint(2, 12), 100)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "a few lamps on a short road, a handful of new lamps",
            "tags": ["random"],
            "input": {"lamps": lamps, "extra": rng.randint(0, 15)},
        }
    lamps = _lamps(rng, 2000, 10**6)
    yield {
        "name": "random-medium",
        "description": "medium number of lamps, random positions, a few thousand new lamps",
        "tags": ["random"],
        "input": {"lamps": lamps, "extra": 3333},
    }
    lamps = _lamps(rng, N)
    yield {
        "name": "max-random-most-extra",
        "description": "maximum size, random positions, the largest number of new lamps",
        "tags": ["max-size", "random", "extremes"],
        "input": {"lamps": lamps, "extra": B},
    }
    lamps = _lamps(rng, N - 2, B - 1)
    lamps = sorted(set([0, B] + lamps))[:N]
    if lamps[-1] != B:
        lamps[-1] = B
    yield {
        "name": "max-road-ends",
        "description": "maximum size, lamps at both ends of the longest road, many new lamps",
        "tags": ["max-size", "random", "extremes"],
        "input": {"lamps": lamps, "extra": 123456789},
    }
    lamps = list(range(N - 1)) + [B]
    yield {
        "name": "max-one-dark-stretch",
        "description": "maximum size, lamps packed at one end and one very long dark stretch",
        "tags": ["max-size", "answer-last"],
        "input": {"lamps": lamps, "extra": 987654321},
    }
    step = B // N
    lamps = [i * step for i in range(N)]
    yield {
        "name": "max-evenly-spaced",
        "description": "maximum size, evenly spaced lamps, new lamps not a multiple of the stretches",
        "tags": ["max-size", "all-equal"],
        "input": {"lamps": lamps, "extra": 500000001},
    }


def sized(n, seed):
    """One input of size n: random positions and many new lamps."""
    rng = random.Random(20261310 + seed)
    return {"lamps": _lamps(rng, n), "extra": 10**8 + seed}
