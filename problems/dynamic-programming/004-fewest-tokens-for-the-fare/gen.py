"""Seeded random and max-size tests, and sized inputs, for fewest-tokens-for-the-fare."""

import random

FARE = 10_000


def generate():
    rng = random.Random(4)
    for fare in (50, 333, 2024):
        tokens = rng.sample(range(2, 60), 4)
        yield {
            "name": f"random-{fare}",
            "description": "a random fare and a few random token values",
            "tags": ["random"],
            "input": {"tokens": tokens, "fare": fare},
        }
    yield {
        "name": "max-small-tokens",
        "description": "largest fare, twelve small token values including 1",
        "tags": ["max-size", "extremes"],
        "input": {"tokens": [1, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31], "fare": FARE},
    }
    yield {
        "name": "max-impossible",
        "description": "largest fare, twelve token values that can never make it",
        "tags": ["max-size", "no-answer"],
        "input": {"tokens": [2 * v for v in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)], "fare": FARE - 1},
    }
    yield {
        "name": "max-random-tokens",
        "description": "largest fare, twelve random token values",
        "tags": ["max-size", "random"],
        "input": {"tokens": rng.sample(range(2, 400), 12), "fare": FARE},
    }
    yield {
        "name": "max-greedy-trap",
        "description": "largest fare, token values on which taking the largest first is wrong",
        "tags": ["max-size"],
        "input": {"tokens": [1, 15, 25, 40, 60, 99, 100, 250, 333, 500, 777, 1000], "fare": FARE - 1},
    }


def sized(n, seed):
    """n distinct small token values (one of them 1; n is the input's size, the length of
    `tokens`) and the largest fare: every amount is tried with every token, so the work
    grows linearly in n."""
    rng = random.Random(10_000 + seed)
    return {"tokens": [1] + rng.sample(range(2, 200), max(0, n - 1)), "fare": FARE}
