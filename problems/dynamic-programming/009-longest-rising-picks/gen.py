"""Seeded random and max-size tests, and sized inputs, for longest-rising-picks."""

import random

N = 100_000
B = 10**9


def generate():
    rng = random.Random(9)
    for n in (12, 50, 400):
        yield {
            "name": f"random-{n}",
            "description": "a random list of modest length with small numbers",
            "tags": ["random", "duplicates"],
            "input": {"nums": [rng.randint(-20, 20) for _ in range(n)]},
        }
    yield {
        "name": "max-random",
        "description": "the longest list, random numbers over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"nums": [-B, B] + [rng.randint(-B, B) for _ in range(N - 2)]},
    }
    yield {
        "name": "max-increasing",
        "description": "the longest list, strictly increasing",
        "tags": ["max-size", "sorted", "whole-input"],
        "input": {"nums": [3 * i - 150_000 for i in range(N)]},
    }
    yield {
        "name": "max-decreasing",
        "description": "the longest list, strictly decreasing",
        "tags": ["max-size", "reverse-sorted"],
        "input": {"nums": [B - 7 * i for i in range(N)]},
    }
    yield {
        "name": "max-few-values",
        "description": "the longest list, only a few distinct values, many repeats",
        "tags": ["max-size", "duplicates"],
        "input": {"nums": [rng.randint(0, 30) for _ in range(N)]},
    }
    yield {
        "name": "max-sawtooth",
        "description": "the longest list, many short rising stretches that each restart lower",
        "tags": ["max-size", "overlap"],
        "input": {"nums": [(i % 1000) * 1000 - i // 1000 for i in range(N)]},
    }
    yield {
        "name": "max-noisy-rise",
        "description": "the longest list, a rising trend with random noise",
        "tags": ["max-size", "random"],
        "input": {"nums": [10 * i + rng.randint(-500, 500) for i in range(N)]},
    }


def sized(n, seed):
    """n random numbers with a rising trend: long runs, so every binary search works over a
    long list of tails."""
    rng = random.Random(14_000 + seed)
    return {"nums": [10 * i + rng.randint(-500, 500) for i in range(n)]}
