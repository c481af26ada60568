"""Seeded random and max-size tests, and sized inputs, for highest-readings-first."""

import random

N = 100_000
TOP = 10**9


def generate():
    rng = random.Random(20261301)
    for t in range(3):
        n = rng.randint(8, 40)
        readings = [rng.randint(-6, 6) for _ in range(n)]
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random readings with many repeats",
            "tags": ["random", "duplicates"],
            "input": {"readings": readings, "k": rng.randint(1, n)},
        }
    yield {
        "name": "random-medium",
        "description": "medium random readings, k about a third of them",
        "tags": ["random"],
        "input": {"readings": [rng.randint(-TOP, TOP) for _ in range(3000)], "k": 1000},
    }
    readings = [rng.randint(-TOP, TOP) for _ in range(N)]
    readings[rng.randrange(N)] = TOP
    readings[rng.randrange(N)] = -TOP
    yield {
        "name": "max-random-half",
        "description": "maximum size, random readings over the whole range, half of them asked for",
        "tags": ["max-size", "random", "extremes"],
        "input": {"readings": readings, "k": N // 2},
    }
    yield {
        "name": "max-increasing-all",
        "description": "maximum size, strictly increasing readings, every one of them asked for",
        "tags": ["max-size", "sorted", "whole-input", "boundary"],
        "input": {"readings": [-TOP + 20_000 * i for i in range(N)], "k": N},
    }
    yield {
        "name": "max-decreasing-most",
        "description": "maximum size, strictly decreasing readings, most of them asked for",
        "tags": ["max-size", "reverse-sorted", "answer-first"],
        "input": {"readings": [TOP - 20_000 * i for i in range(N)], "k": 80_000},
    }
    yield {
        "name": "max-few-values",
        "description": "maximum size, only a handful of distinct readings, the cut inside a run of equal ones",
        "tags": ["max-size", "duplicates", "ties"],
        "input": {"readings": [rng.choice((-3, 0, 0, 5, 9)) for _ in range(N)], "k": 60_000},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every reading the same",
        "tags": ["max-size", "all-equal"],
        "input": {"readings": [-TOP] * N, "k": N // 2},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random readings, half of
    them asked for (scanning for the largest k times is then quadratic)."""
    rng = random.Random(20261301 + seed)
    return {"readings": [rng.randint(-TOP, TOP) for _ in range(n)], "k": n // 2}
