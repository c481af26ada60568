"""Seeded random and max-size call sequences, and sized ones, for kth-highest-score-tracker.

Every sequence is the constructor followed by adds; max-size tests have 100000 adds.
"""

import random

CALLS = 100_000
TOP = 10**9


def _seq(k, scores, adds):
    return {"ops": ["ScoreTracker"] + ["add"] * len(adds), "args": [[k, scores]] + [[a] for a in adds]}


def generate():
    rng = random.Random(20261303)
    for t in range(3):
        k = rng.randint(1, 6)
        scores = [rng.randint(-5, 5) for _ in range(rng.randint(0, 8))]
        adds = [rng.randint(-5, 5) for _ in range(rng.randint(10, 40))]
        yield {
            "name": f"random-small-{t + 1}",
            "description": "short random sequence with few distinct scores",
            "tags": ["random", "duplicates"],
            "input": _seq(k, scores, adds),
        }
    yield {
        "name": "random-medium",
        "description": "medium random sequence",
        "tags": ["random"],
        "input": _seq(40, [rng.randint(-TOP, TOP) for _ in range(500)], [rng.randint(-TOP, TOP) for _ in range(3000)]),
    }
    scores = [rng.randint(-TOP, TOP) for _ in range(CALLS - 2)] + [TOP, -TOP]
    yield {
        "name": "max-random",
        "description": "maximum size, many random initial scores and random adds",
        "tags": ["max-size", "random", "extremes"],
        "input": _seq(50_000, scores, [rng.randint(-TOP, TOP) for _ in range(CALLS)]),
    }
    yield {
        "name": "max-largest-k-rising",
        "description": "maximum size, the largest allowed k, no initial scores, rising scores",
        "tags": ["max-size", "sorted", "boundary", "no-answer"],
        "input": _seq(100_000, [], [-TOP + 15_000 * i for i in range(CALLS)]),
    }
    yield {
        "name": "max-k-one-falling",
        "description": "maximum size, k is one, many initial scores, then falling scores",
        "tags": ["max-size", "reverse-sorted", "boundary"],
        "input": _seq(1, [rng.randint(0, TOP) for _ in range(CALLS)], [TOP - 9_000 * i for i in range(CALLS)]),
    }
    yield {
        "name": "max-cutoff-climbs",
        "description": "maximum size, every add beats the current cutoff",
        "tags": ["max-size", "sorted"],
        "input": _seq(1000, [rng.randint(-TOP, 0) for _ in range(CALLS)], [i * 9_000 for i in range(CALLS)]),
    }
    yield {
        "name": "max-few-values",
        "description": "maximum size, only a handful of distinct scores",
        "tags": ["max-size", "duplicates", "ties"],
        "input": _seq(30_000, [rng.choice((-2, 0, 0, 3)) for _ in range(CALLS)], [rng.choice((-2, 0, 3, 3)) for _ in range(CALLS)]),
    }


def sized(n, seed):
    """One sequence of n adds, the same for the same (n, seed): k about n / 2, n random
    initial scores, n random adds."""
    rng = random.Random(20261303 + seed)
    scores = [rng.randint(-TOP, TOP) for _ in range(n)]
    return _seq(max(1, n // 2), scores, [rng.randint(-TOP, TOP) for _ in range(n)])
