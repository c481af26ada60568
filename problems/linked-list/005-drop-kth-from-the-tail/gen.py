"""Seeded random and max-size tests, and sized inputs, for drop-kth-from-the-tail."""

import random

N = 100_000
LIMIT = 10**9


def generate():
    rng = random.Random(20261305)
    for j in range(5):
        n = rng.randint(5, 40)
        yield {
            "name": f"random-small-{j + 1}",
            "description": "small random list with repeated values, k anywhere",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"head": [rng.randint(-4, 4) for _ in range(n)], "k": rng.randint(1, n)},
        }
    values = [rng.randint(-LIMIT, LIMIT) for _ in range(N - 2)] + [LIMIT, -LIMIT]
    rng.shuffle(values)
    yield {
        "name": "max-k-half",
        "description": "maximum size, random values over the whole range, the node removed in the middle",
        "tags": ["max-size", "random", "extremes"],
        "input": {"head": values, "k": N // 2},
    }
    yield {
        "name": "max-k-third",
        "description": "maximum size, k about a third of the length",
        "tags": ["max-size", "sorted"],
        "input": {"head": [-LIMIT + 3 * i for i in range(N)], "k": N // 3 + 17},
    }
    yield {
        "name": "max-k-two-thirds",
        "description": "maximum size, every value equal, k about two thirds of the length",
        "tags": ["max-size", "all-equal"],
        "input": {"head": [5] * N, "k": 2 * N // 3},
    }
    yield {
        "name": "max-remove-head",
        "description": "maximum size, the largest k: the head is removed",
        "tags": ["max-size", "boundary", "answer-first"],
        "input": {"head": [rng.randint(-9, 9) for _ in range(N)], "k": N},
    }
    yield {
        "name": "max-remove-last",
        "description": "maximum size, k = 1: the last node is removed",
        "tags": ["max-size", "boundary", "answer-last"],
        "input": {"head": [rng.randint(0, LIMIT) for _ in range(N)], "k": 1},
    }


def sized(n, seed):
    """One input of n nodes, the same for the same (n, seed): random values and k = n // 2
    (at least 1), so a solution that checks k steps ahead of each node does n * k / 2 work."""
    rng = random.Random(20261305 + seed)
    return {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(n)], "k": max(1, n // 2)}
