"""Seeded random and max-size tests, and sized inputs, for podium-finishes."""

import random


def _bibs(rng, n):
    return rng.sample(range(1, 1000), n)


def generate():
    rng = random.Random(20261205)
    for t in range(4):
        n = rng.randint(3, 7)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random runners, a podium of random size",
            "tags": ["random"],
            "input": {"runners": _bibs(rng, n), "k": rng.randint(1, min(n, 4))},
        }
    yield {
        "name": "max-twelve-four-places",
        "description": "maximum number of runners, four places",
        "tags": ["max-size", "random"],
        "input": {"runners": _bibs(rng, 12), "k": 4},
    }
    yield {
        "name": "max-twelve-three-places",
        "description": "maximum number of runners, three places, bibs at both ends of the range",
        "tags": ["max-size", "extremes"],
        "input": {"runners": [999] + rng.sample(range(2, 999), 10) + [1], "k": 3},
    }
    yield {
        "name": "max-eleven-four-places",
        "description": "eleven runners in increasing order, four places",
        "tags": ["max-size", "sorted"],
        "input": {"runners": list(range(10, 120, 10)), "k": 4},
    }
    yield {
        "name": "max-eight-full-order",
        "description": "the largest answer: every full order of eight runners",
        "tags": ["max-size", "boundary", "whole-input"],
        "input": {"runners": _bibs(rng, 8), "k": 8},
    }


def sized(n, seed):
    """n runners and four places (all places when n < 4): n(n-1)(n-2)(n-3) finishes."""
    rng = random.Random(9000 + seed)
    return {"runners": _bibs(rng, n), "k": min(n, 4)}
