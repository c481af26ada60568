"""Seeded random and max-size tests, and sized inputs, for fewest-inspection-visits.

Max-size tests hold 100000 windows. Where tens of thousands of visits are needed (windows
apart, short random windows, a touching chain), choosing a visit and then scanning all
remaining windows is billions of steps.
"""

import random

N = 100_000
TOP = 10**9


def _window(rng, lo, hi, longest):
    first = rng.randint(lo, hi)
    return [first, min(hi, first + rng.randint(0, longest))]


def generate():
    rng = random.Random(20261206)
    for t in range(4):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random windows over a short period",
            "tags": ["random", "overlap"],
            "input": {"windows": [_window(rng, -5, 15, 5) for _ in range(rng.randint(5, 10))]},
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand random windows",
        "tags": ["random", "overlap"],
        "input": {"windows": [_window(rng, 0, 10**6, 3000) for _ in range(3000)]},
    }
    starts = rng.sample(range(-TOP // 4, TOP // 4), N)
    windows = [[4 * s, 4 * s + rng.randint(0, 2)] for s in starts]
    windows[0], windows[1] = [-TOP, -TOP], [TOP, TOP]
    yield {
        "name": "max-apart",
        "description": "maximum size, windows that share no day, in mixed order",
        "tags": ["max-size", "distinct", "extremes", "negatives"],
        "input": {"windows": windows},
    }
    yield {
        "name": "max-random-short",
        "description": "maximum size, short random windows over the whole range",
        "tags": ["max-size", "random", "overlap"],
        "input": {"windows": [_window(rng, -TOP, TOP, 30_000) for _ in range(N)]},
    }
    chain = [[i, i + 1] for i in range(N)]
    rng.shuffle(chain)
    yield {
        "name": "max-touching-chain",
        "description": "maximum size, each window shares its last day with the next one's first, in mixed order",
        "tags": ["max-size", "boundary"],
        "input": {"windows": chain},
    }
    yield {
        "name": "max-all-same",
        "description": "maximum size, every window the same",
        "tags": ["max-size", "all-equal"],
        "input": {"windows": [[-3, 3] for _ in range(N)]},
    }
    yield {
        "name": "max-nested",
        "description": "maximum size, each window inside the one before it",
        "tags": ["max-size", "overlap"],
        "input": {"windows": [[i - TOP, TOP - i] for i in range(N)]},
    }


def sized(n, seed):
    """n short random windows: many visits are needed."""
    rng = random.Random(1000 + seed)
    return {"windows": [_window(rng, -TOP, TOP, 30_000) for _ in range(n)]}
