"""Seeded random and max-size tests, and sized inputs, for every-selection-of-distinct-items."""

import random

N = 15


def _distinct(rng, n, low=-1000, high=1000):
    return rng.sample(range(low, high + 1), n)


def generate():
    rng = random.Random(20261203)
    for t in range(4):
        n = rng.randint(4, 10)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small shelf of random different values",
            "tags": ["random", "distinct"],
            "input": {"items": _distinct(rng, n, -30, 30)},
        }
    yield {
        "name": "random-twelve",
        "description": "twelve random values",
        "tags": ["random", "distinct", "negatives"],
        "input": {"items": _distinct(rng, 12)},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random values over the whole range",
        "tags": ["max-size", "random", "distinct"],
        "input": {"items": _distinct(rng, N)},
    }
    middle = _distinct(rng, N - 2, -999, 999)
    yield {
        "name": "max-extremes",
        "description": "maximum size, the smallest and the largest allowed value both present",
        "tags": ["max-size", "extremes", "distinct"],
        "input": {"items": [1000] + middle + [-1000]},
    }
    yield {
        "name": "max-sorted",
        "description": "maximum size, values in increasing order",
        "tags": ["max-size", "sorted", "distinct"],
        "input": {"items": sorted(_distinct(rng, N))},
    }
    yield {
        "name": "max-consecutive-around-zero",
        "description": "maximum size, consecutive values around zero in decreasing order",
        "tags": ["max-size", "reverse-sorted", "zeros", "negatives"],
        "input": {"items": list(range(7, -8, -1))},
    }


def sized(n, seed):
    """n different random values: the answer always holds 2^n selections."""
    rng = random.Random(5000 + seed)
    return {"items": _distinct(rng, n)}
