"""Seeded random and max-size tests, and sized inputs, for lightest-pair-sums."""

import random

N = 100_000
TOP = 10**9


def _sorted_values(rng, n, lo=-TOP, hi=TOP):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def generate():
    rng = random.Random(20261305)
    for t in range(3):
        a = _sorted_values(rng, rng.randint(1, 12), -5, 5)
        b = _sorted_values(rng, rng.randint(1, 12), -5, 5)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random lists with many repeated values",
            "tags": ["random", "duplicates", "ties"],
            "input": {"a": a, "b": b, "k": rng.randint(1, len(a) * len(b))},
        }
    yield {
        "name": "random-medium",
        "description": "medium random lists",
        "tags": ["random"],
        "input": {"a": _sorted_values(rng, 2000), "b": _sorted_values(rng, 1500), "k": 5000},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random values over the whole range, the most pairs allowed",
        "tags": ["max-size", "random", "extremes", "boundary"],
        "input": {
            "a": [-TOP] + _sorted_values(rng, N - 2) + [TOP],
            "b": [-TOP] + _sorted_values(rng, N - 2) + [TOP],
            "k": N,
        },
    }
    yield {
        "name": "max-equal-first",
        "description": "maximum size, every value of the first list equal",
        "tags": ["max-size", "all-equal", "ties"],
        "input": {"a": [7] * N, "b": _sorted_values(rng, N), "k": N},
    }
    yield {
        "name": "max-close-values",
        "description": "maximum size, both lists of small nearby values, weights repeat a lot",
        "tags": ["max-size", "duplicates", "ties"],
        "input": {"a": _sorted_values(rng, N, 0, 300), "b": _sorted_values(rng, N, 0, 300), "k": N},
    }
    yield {
        "name": "max-one-column",
        "description": "maximum size, the second list has a single value",
        "tags": ["max-size", "single", "whole-input"],
        "input": {"a": _sorted_values(rng, N), "b": [rng.randint(-TOP, TOP)], "k": N},
    }
    yield {
        "name": "max-one-row",
        "description": "maximum size, the first list has a single value",
        "tags": ["max-size", "single", "whole-input"],
        "input": {"a": [rng.randint(-TOP, TOP)], "b": _sorted_values(rng, N), "k": N},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): two random sorted lists of
    n values and k = n."""
    rng = random.Random(20261305 + seed)
    return {"a": _sorted_values(rng, n), "b": _sorted_values(rng, n), "k": min(n, 100_000)}
