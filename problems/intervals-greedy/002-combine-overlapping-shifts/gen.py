"""Seeded random and max-size tests, and sized inputs, for combine-overlapping-shifts.

Max-size tests hold 100000 shifts. The ones that stay apart (disjoint, or merging only in
pairs) leave tens of thousands of blocks, so comparing shifts pairwise or against every
block built so far takes billions of steps.
"""

import random

N = 100_000
TOP = 10**9


def _disjoint(rng, n):
    starts = sorted(rng.sample(range(0, TOP // 4), n))
    shifts = [[4 * s, 4 * s + rng.randint(0, 2)] for s in starts]
    rng.shuffle(shifts)
    return shifts


def generate():
    rng = random.Random(20261202)
    for t in range(4):
        shifts = []
        for _ in range(rng.randint(4, 10)):
            a = rng.randint(0, 20)
            shifts.append([a, a + rng.randint(0, 4)])
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random shifts on a short time line",
            "tags": ["random", "overlap"],
            "input": {"shifts": shifts},
        }
    shifts = []
    for _ in range(3000):
        a = rng.randint(0, 10**6)
        shifts.append([a, a + rng.randint(0, 300)])
    yield {
        "name": "random-medium",
        "description": "a few thousand random shifts, some merging",
        "tags": ["random", "overlap"],
        "input": {"shifts": shifts},
    }
    shifts = _disjoint(rng, N)
    shifts[0], shifts[1] = [0, 0], [TOP, TOP]
    yield {
        "name": "max-disjoint",
        "description": "maximum size, shifts that never meet, in mixed order",
        "tags": ["max-size", "distinct", "extremes"],
        "input": {"shifts": shifts},
    }
    pairs = []
    for s in sorted(rng.sample(range(0, TOP // 10), N // 2)):
        a = 10 * s
        pairs.append([a, a + 3])
        pairs.append([a + 3, a + 5])
    rng.shuffle(pairs)
    yield {
        "name": "max-touching-pairs",
        "description": "maximum size, shifts that join only in touching pairs, in mixed order",
        "tags": ["max-size", "boundary"],
        "input": {"shifts": pairs},
    }
    shifts = []
    for _ in range(N):
        a = rng.randint(0, TOP - 1)
        shifts.append([a, min(TOP, a + rng.randint(0, 20000))])
    yield {
        "name": "max-random",
        "description": "maximum size, random shifts, many of them merging",
        "tags": ["max-size", "random", "overlap"],
        "input": {"shifts": shifts},
    }
    yield {
        "name": "max-nested",
        "description": "maximum size, each shift inside the one before it",
        "tags": ["max-size", "overlap", "whole-input"],
        "input": {"shifts": [[i, TOP - i] for i in range(N)]},
    }
    yield {
        "name": "max-all-same",
        "description": "maximum size, every shift the same",
        "tags": ["max-size", "all-equal"],
        "input": {"shifts": [[7, 7000] for _ in range(N)]},
    }


def sized(n, seed):
    """n shifts that never meet, in mixed order: n blocks in the answer."""
    return {"shifts": _disjoint(random.Random(1000 + seed), n)}
