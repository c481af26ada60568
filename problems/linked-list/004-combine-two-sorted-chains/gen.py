"""Seeded random and max-size tests, and sized inputs, for combine-two-sorted-chains."""

import random

N = 100_000
LIMIT = 10**9


def _sorted(rng, n, low, high):
    return sorted(rng.randint(low, high) for _ in range(n))


def generate():
    rng = random.Random(20261304)
    for k in range(4):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "two short random lists with many values in common",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"first": _sorted(rng, rng.randint(0, 30), -6, 6), "second": _sorted(rng, rng.randint(0, 30), -6, 6)},
        }
    yield {
        "name": "random-lopsided",
        "description": "a long random list and a short one",
        "tags": ["random"],
        "input": {"first": _sorted(rng, 3000, -LIMIT, LIMIT), "second": _sorted(rng, 7, -LIMIT, LIMIT)},
    }
    first = _sorted(rng, N - 1, -LIMIT, LIMIT) + [LIMIT]
    second = [-LIMIT] + _sorted(rng, N - 1, -LIMIT, LIMIT)
    first.sort()
    yield {
        "name": "max-random",
        "description": "maximum size, both lists random over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"first": first, "second": second},
    }
    yield {
        "name": "max-first-all-smaller",
        "description": "maximum size, every value of the first list below every value of the second",
        "tags": ["max-size", "sorted", "negatives"],
        "input": {"first": [-LIMIT + i for i in range(N)], "second": [i for i in range(N)]},
    }
    yield {
        "name": "max-second-all-smaller",
        "description": "maximum size, every value of the second list below every value of the first",
        "tags": ["max-size", "sorted"],
        "input": {"first": [LIMIT - N + 1 + i for i in range(N)], "second": [-5 * N + 5 * i for i in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value in both lists the same",
        "tags": ["max-size", "all-equal"],
        "input": {"first": [3] * N, "second": [3] * N},
    }
    yield {
        "name": "max-alternating",
        "description": "maximum size, the values of the two lists alternate one by one",
        "tags": ["max-size", "distinct"],
        "input": {"first": [2 * i for i in range(N)], "second": [2 * i + 1 for i in range(N)]},
    }
    yield {
        "name": "max-one-empty",
        "description": "maximum size for one list, the other empty",
        "tags": ["max-size", "empty", "duplicates"],
        "input": {"first": [], "second": _sorted(rng, N, -100, 100)},
    }


def sized(n, seed):
    """One input whose longer list has n nodes, the same for the same (n, seed): two random
    sorted lists of n nodes each, so the merge walks both to the end."""
    rng = random.Random(20261304 + seed)
    return {"first": _sorted(rng, n, -LIMIT, LIMIT), "second": _sorted(rng, n, -LIMIT, LIMIT)}
