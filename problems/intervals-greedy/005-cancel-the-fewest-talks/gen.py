"""Seeded random and max-size tests, and sized inputs, for cancel-the-fewest-talks.

Max-size tests hold 100000 talks. The O(n^2) dynamic programme compares every pair of
talks whatever their shape, about 5 * 10^9 steps.
"""

import random

N = 100_000
TOP = 10**9


def _talk(rng, lo, hi, longest):
    start = rng.randint(lo, hi - 1)
    return [start, rng.randint(start + 1, min(hi, start + longest))]


def generate():
    rng = random.Random(20261205)
    for t in range(4):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random talks on a short day",
            "tags": ["random", "overlap"],
            "input": {"talks": [_talk(rng, -6, 12, 5) for _ in range(rng.randint(5, 10))]},
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand random talks",
        "tags": ["random", "overlap"],
        "input": {"talks": [_talk(rng, 0, 10**6, 2000) for _ in range(3000)]},
    }
    talks = [_talk(rng, -TOP, TOP, 40_000) for _ in range(N)]
    talks[0], talks[1] = [-TOP, -TOP + 7], [TOP - 7, TOP]
    yield {
        "name": "max-random",
        "description": "maximum size, random talks over the whole time range",
        "tags": ["max-size", "random", "overlap", "extremes"],
        "input": {"talks": talks},
    }
    talks = [[2 * i - N, 2 * i - N + 2] for i in range(N)]
    rng.shuffle(talks)
    yield {
        "name": "max-touching-chain",
        "description": "maximum size, talks each starting when another ends, in mixed order",
        "tags": ["max-size", "boundary", "negatives"],
        "input": {"talks": talks},
    }
    yield {
        "name": "max-all-same",
        "description": "maximum size, every talk the same",
        "tags": ["max-size", "all-equal"],
        "input": {"talks": [[-5, 5] for _ in range(N)]},
    }
    yield {
        "name": "max-nested",
        "description": "maximum size, each talk inside the one before it",
        "tags": ["max-size", "overlap"],
        "input": {"talks": [[i - TOP, TOP - i] for i in range(N)]},
    }


def sized(n, seed):
    """n random talks, short enough that many can be kept."""
    rng = random.Random(1000 + seed)
    return {"talks": [_talk(rng, -TOP, TOP, 40_000) for _ in range(n)]}
