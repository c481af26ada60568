"""Seeded random and max-size tests, and sized inputs, for stepping-stones-to-the-far-bank.

Max-size tests hold 100000 stones. The staircases make every stone reach far (so marking
every landing spot is about 5 * 10^9 steps) while the end comes into reach only at the
last moment, or never; the reference scans them all in one pass.
"""

import random

N = 100_000
TOP = 100_000


def _staircase(n, last_hop):
    """Stone i reaches exactly stone n - 2 (a dead end); stone n - 2 hops last_hop."""
    hops = [n - 2 - i for i in range(n - 1)] + [0]
    hops[n - 2] = last_hop
    return hops


def generate():
    rng = random.Random(20261201)
    for t in range(4):
        n = rng.randint(5, 12)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few stones with short random hops",
            "tags": ["random"],
            "input": {"hops": [rng.randint(0, 3) for _ in range(n)]},
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand stones, random hops with dead ends that can be skipped",
        "tags": ["random", "zeros"],
        "input": {"hops": [rng.choice([0, 0, 1, 2, 3, 4]) for _ in range(3000)] [:-1] + [0]},
    }
    yield {
        "name": "max-all-longest",
        "description": "maximum size, every stone with the longest hop allowed",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"hops": [TOP] * N},
    }
    yield {
        "name": "max-staircase-dead-end",
        "description": "maximum size, every stone reaches far but all stop at the same dead end",
        "tags": ["max-size", "no-answer", "reverse-sorted"],
        "input": {"hops": _staircase(N, 0)},
    }
    yield {
        "name": "max-staircase-last-hop",
        "description": "maximum size, every stone reaches far; only the second-to-last stone reaches the end",
        "tags": ["max-size", "answer-last"],
        "input": {"hops": _staircase(N, 1)},
    }
    yield {
        "name": "max-all-ones",
        "description": "maximum size, one-stone hops all the way",
        "tags": ["max-size", "all-equal"],
        "input": {"hops": [1] * N},
    }
    hops = [rng.choice([0, 2, 3]) if i % 2 else rng.randint(2, 3) for i in range(N)]
    yield {
        "name": "max-random-zeros-skipped",
        "description": "maximum size, random short hops with many dead ends that can all be hopped over",
        "tags": ["max-size", "random", "zeros"],
        "input": {"hops": hops},
    }


def sized(n, seed):
    """Every stone reaches far, but the end only from the second-to-last stone: a full
    scan for the reference, about n^2 / 2 marks for the naive version."""
    rng = random.Random(1000 + seed)
    hops = _staircase(max(n, 2), rng.randint(0, 1))
    return {"hops": hops[:n] if n >= 2 else [0]}
