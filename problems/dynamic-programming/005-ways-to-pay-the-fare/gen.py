"""Seeded random and max-size tests, and sized inputs, for ways-to-pay-the-fare."""

import random

FARE = 5000
K = 40


def generate():
    rng = random.Random(5)
    for fare in (37, 400, 1999):
        yield {
            "name": f"random-{fare}",
            "description": "a random fare and a few random token values",
            "tags": ["random"],
            "input": {"tokens": rng.sample(range(1, 80), 5), "fare": fare},
        }
    yield {
        "name": "max-small-tokens",
        "description": "largest fare, the most token values, all small",
        "tags": ["max-size", "extremes"],
        "input": {"tokens": list(range(1, K + 1)), "fare": FARE},
    }
    yield {
        "name": "max-small-tokens-odd-fare",
        "description": "an odd fare near the largest, the most token values, all small, largest first",
        "tags": ["max-size", "extremes"],
        "input": {"tokens": list(range(K, 0, -1)), "fare": FARE - 1},
    }
    yield {
        "name": "max-random-tokens",
        "description": "largest fare, the most token values, random",
        "tags": ["max-size", "random"],
        "input": {"tokens": rng.sample(range(2, 300), K), "fare": FARE},
    }
    yield {
        "name": "max-impossible",
        "description": "largest fare minus one, the most token values, none of which can make it",
        "tags": ["max-size", "no-answer"],
        "input": {"tokens": [2 * v for v in range(1, K + 1)], "fare": FARE - 1},
    }
    yield {
        "name": "max-spread-tokens",
        "description": "largest fare, token values spread over the whole range",
        "tags": ["max-size", "extremes"],
        "input": {"tokens": [1] + [125 * v for v in range(1, K)] + [], "fare": FARE},
    }


def sized(n, seed):
    """n distinct random token values (one of them 1; n is the length of `tokens`) and the
    largest fare: each value sweeps every amount, so the work grows linearly in n."""
    rng = random.Random(11_000 + seed)
    return {"tokens": [1] + rng.sample(range(2, 400), max(0, n - 1)), "fare": FARE}
