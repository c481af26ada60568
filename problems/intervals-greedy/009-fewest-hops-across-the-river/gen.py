"""Seeded random and max-size tests, and sized inputs, for fewest-hops-across-the-river.

Max-size tests hold 100000 stones. A table of fewest hops that looks back at every earlier
stone is about 5 * 10^9 steps on any of them; relaxing every hop is as slow where hops are
long.
"""

import random

N = 100_000
TOP = 100_000


def _staircase(n, last_hop):
    hops = [n - 2 - i for i in range(n - 1)] + [0]
    hops[n - 2] = last_hop
    return hops


def generate():
    rng = random.Random(20261209)
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
        "description": "a few thousand stones with random hops, never a dead end",
        "tags": ["random"],
        "input": {"hops": [rng.randint(1, 40) for _ in range(3000)]},
    }
    yield {
        "name": "max-all-longest",
        "description": "maximum size, every stone with the longest hop allowed",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"hops": [TOP] * N},
    }
    yield {
        "name": "max-all-ones",
        "description": "maximum size, one-stone hops all the way: the route visits every stone",
        "tags": ["max-size", "all-equal", "whole-input"],
        "input": {"hops": [1] * N},
    }
    yield {
        "name": "max-staircase-dead-end",
        "description": "maximum size, every stone reaches far but all stop at the same dead end",
        "tags": ["max-size", "no-answer", "reverse-sorted"],
        "input": {"hops": _staircase(N, 0)},
    }
    yield {
        "name": "max-random-short",
        "description": "maximum size, random short hops with dead ends that can be hopped over",
        "tags": ["max-size", "random", "zeros"],
        "input": {"hops": [rng.choice([0, 2, 3, 4, 5]) if i % 3 else rng.randint(3, 6) for i in range(N)]},
    }
    hops = [rng.randint(1, 3000) for _ in range(N)]
    yield {
        "name": "max-random-long",
        "description": "maximum size, random long hops",
        "tags": ["max-size", "random"],
        "input": {"hops": hops},
    }


def sized(n, seed):
    """n stones with random short hops and no dead ends: many layers, a long route."""
    rng = random.Random(1000 + seed)
    return {"hops": [rng.randint(1, 5) for _ in range(n)]}
