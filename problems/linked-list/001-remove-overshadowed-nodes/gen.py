"""Seeded random and max-size tests, and sized inputs, for remove-overshadowed-nodes."""

import random

N = 100_000
LIMIT = 10**9


def generate():
    rng = random.Random(20261203)
    for k in range(4):
        n = rng.randint(20, 60)
        values = [rng.randint(-5, 5) for _ in range(n)]
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with many repeated values",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"head": values},
        }
    yield {
        "name": "max-random",
        "description": "maximum size, random values over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(N)]},
    }
    yield {
        "name": "max-decreasing",
        "description": "maximum size, values strictly decreasing",
        "tags": ["max-size", "reverse-sorted", "whole-input"],
        "input": {"head": [LIMIT - 3 * i for i in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value equal",
        "tags": ["max-size", "all-equal", "whole-input"],
        "input": {"head": [-7] * N},
    }
    plateaus = sorted((rng.randint(-1000, 1000) for _ in range(N)), reverse=True)
    yield {
        "name": "max-non-increasing-runs",
        "description": "maximum size, values never increase and come in runs",
        "tags": ["max-size", "duplicates", "reverse-sorted"],
        "input": {"head": plateaus},
    }
    yield {
        "name": "max-increasing",
        "description": "maximum size, values strictly increasing",
        "tags": ["max-size", "sorted"],
        "input": {"head": [-LIMIT + 5 * i for i in range(N)]},
    }
    yield {
        "name": "max-few-values",
        "description": "maximum size, random values from a tiny range",
        "tags": ["max-size", "duplicates", "zeros"],
        "input": {"head": [rng.randint(0, 9) for _ in range(N)]},
    }
    tail = sorted((rng.randint(0, LIMIT) for _ in range(N // 2)), reverse=True)
    front = [rng.randint(-LIMIT, 0) for _ in range(N - N // 2)]
    yield {
        "name": "max-long-surviving-tail",
        "description": "maximum size, random front half followed by a long surviving run",
        "tags": ["max-size", "random"],
        "input": {"head": front + tail},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): values strictly decreasing by
    random steps, so every node survives and nothing later is larger."""
    rng = random.Random(20261203 + seed)
    values, v = [], LIMIT
    for _ in range(n):
        values.append(v)
        v -= rng.randint(1, 10_000)
    return {"head": values}
