"""Seeded random and max-size tests, and sized inputs, for slot-a-booking-into-the-calendar.

Max-size calendars hold 100000 separated blocks. Most bookings leave tens of thousands of
blocks untouched, so merging pairs until nothing changes is billions of comparisons.
"""

import random

N = 100_000
TOP = 10**9


def _calendar(rng, n, lo=0, hi=TOP):
    """n separated blocks inside [lo, hi]: each ends at least 2 before the next starts."""
    points = sorted(rng.sample(range(lo // 4, hi // 4), 2 * n))
    return [[4 * points[2 * k], 4 * points[2 * k + 1] - rng.randint(0, 1)] for k in range(n)]


def generate():
    rng = random.Random(20261204)
    for t in range(4):
        cal = _calendar(rng, rng.randint(2, 6), 0, 120)
        a = rng.randint(0, 120)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a small calendar and a random booking",
            "tags": ["random"],
            "input": {"calendar": cal, "booking": [a, a + rng.randint(0, 40)]},
        }
    cal = _calendar(rng, 3000, 0, 10**7)
    yield {
        "name": "random-medium",
        "description": "a few thousand blocks and a booking that joins several of them",
        "tags": ["random", "overlap"],
        "input": {"calendar": cal, "booking": [cal[1000][1], cal[1010][0]]},
    }
    cal = _calendar(rng, N)
    k = N // 2
    gap = [cal[k][1] + 1, cal[k + 1][0] - 1]
    yield {
        "name": "max-into-a-gap",
        "description": "maximum size, the booking fits in a gap in the middle and meets nothing",
        "tags": ["max-size", "random"],
        "input": {"calendar": cal, "booking": gap},
    }
    cal = _calendar(rng, N, 0, TOP - 10)
    yield {
        "name": "max-after-all",
        "description": "maximum size, the booking comes after every block, at the end of the time range",
        "tags": ["max-size", "answer-last", "extremes"],
        "input": {"calendar": cal, "booking": [TOP - 3, TOP]},
    }
    cal = _calendar(rng, N, 10, TOP)
    yield {
        "name": "max-before-all",
        "description": "maximum size, the booking comes before every block, at the start of the time range",
        "tags": ["max-size", "answer-first", "extremes"],
        "input": {"calendar": cal, "booking": [0, 3]},
    }
    cal = _calendar(rng, N)
    yield {
        "name": "max-swallow-half",
        "description": "maximum size, the booking joins the middle half of the blocks",
        "tags": ["max-size", "overlap"],
        "input": {"calendar": cal, "booking": [cal[N // 4][0] + 1, cal[3 * N // 4][1] + 1]},
    }
    yield {
        "name": "max-swallow-all",
        "description": "maximum size, the booking covers the whole time range",
        "tags": ["max-size", "whole-input", "extremes"],
        "input": {"calendar": _calendar(rng, N), "booking": [0, TOP]},
    }


def sized(n, seed):
    """n separated blocks, and a booking in a gap in the middle: the answer keeps them all."""
    rng = random.Random(1000 + seed)
    cal = _calendar(rng, n)
    if n < 2:
        return {"calendar": cal, "booking": [TOP, TOP] if not cal or cal[-1][1] < TOP - 1 else [0, 0]}
    k = n // 2 - 1
    return {"calendar": cal, "booking": [cal[k][1] + 1, cal[k + 1][0] - 1]}
