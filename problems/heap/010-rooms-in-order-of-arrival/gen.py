"""Seeded random and max-size tests, and sized inputs, for rooms-in-order-of-arrival.

Max-size tests hold 100000 meetings. The shapes that matter most keep tens of thousands
of rooms busy at once, so scanning every room for every meeting is about 10^9-10^10
steps.
"""

import random

M = 100_000
ROOMS = 100_000
TOP = 10**9


def _meetings(rng, m, horizon, longest):
    starts = rng.sample(range(horizon), m)
    return [[s, min(TOP, s + rng.randint(1, longest))] for s in starts]


def generate():
    rng = random.Random(20261310)
    for t in range(3):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random meetings, few rooms, some delays",
            "tags": ["random", "overlap"],
            "input": {"rooms": rng.randint(1, 4), "meetings": _meetings(rng, rng.randint(4, 9), 20, 9)},
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand random meetings and a few dozen rooms",
        "tags": ["random", "overlap"],
        "input": {"rooms": 40, "meetings": _meetings(rng, 3000, 10**6, 20_000)},
    }
    meetings = [[i, TOP] for i in range(M)]
    rng.shuffle(meetings)
    yield {
        "name": "max-all-overlap-most-rooms",
        "description": "maximum size, the most rooms, every meeting running to the latest time",
        "tags": ["max-size", "extremes", "zeros", "overlap"],
        "input": {"rooms": ROOMS, "meetings": meetings},
    }
    yield {
        "name": "max-half-rooms-delays",
        "description": "maximum size, long random meetings and half as many rooms, so half the meetings wait",
        "tags": ["max-size", "random", "overlap"],
        "input": {"rooms": M // 2, "meetings": _meetings(rng, M, TOP, TOP)},
    }
    yield {
        "name": "max-many-rooms-random",
        "description": "maximum size, the most rooms, random meetings with heavy overlap",
        "tags": ["max-size", "random", "overlap"],
        "input": {"rooms": ROOMS, "meetings": _meetings(rng, M, TOP, TOP // 2)},
    }
    yield {
        "name": "max-one-room",
        "description": "maximum size, a single room, so nearly every meeting waits",
        "tags": ["max-size", "boundary", "overlap"],
        "input": {"rooms": 1, "meetings": _meetings(rng, M, TOP, 10**5)},
    }
    yield {
        "name": "max-short-meetings",
        "description": "maximum size, the most rooms, short meetings that rarely overlap",
        "tags": ["max-size", "random"],
        "input": {"rooms": ROOMS, "meetings": _meetings(rng, M, TOP, 1000)},
    }
    meetings = [[i, i + 1000] for i in range(M)]
    rng.shuffle(meetings)
    yield {
        "name": "max-equal-lengths-delay-ties",
        "description": "maximum size, meetings of one length, fewer rooms than overlap: rooms free in step",
        "tags": ["max-size", "ties", "overlap"],
        "input": {"rooms": 700, "meetings": meetings},
    }


def sized(n, seed):
    """n long random meetings and n // 2 rooms, the same for the same (n, seed): about
    half the meetings find every room busy and wait."""
    rng = random.Random(20261310 + seed)
    return {"rooms": max(1, n // 2), "meetings": _meetings(rng, n, TOP, TOP)}
