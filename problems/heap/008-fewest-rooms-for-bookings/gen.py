"""Seeded random and max-size tests, and sized inputs, for fewest-rooms-for-bookings.

Max-size tests hold 100000 bookings: heavy overlap (many rooms, so scanning the rooms
for a free one is slow) and light overlap (few rooms, but counting the bookings in
progress at every start is still about 10^10 steps).
"""

import random

N = 100_000
TOP = 10**9


def _booking(rng, lo, hi, longest):
    start = rng.randint(lo, hi - 1)
    return [start, rng.randint(start + 1, min(hi, start + longest))]


def generate():
    rng = random.Random(20261308)
    for t in range(3):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random short bookings on a short time line",
            "tags": ["random", "overlap"],
            "input": {"bookings": [_booking(rng, 0, 12, 4) for _ in range(rng.randint(5, 10))]},
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand random bookings",
        "tags": ["random", "overlap"],
        "input": {"bookings": [_booking(rng, 0, 10**6, 10**4) for _ in range(3000)]},
    }
    b = [_booking(rng, 0, TOP, TOP // 2) for _ in range(N)]
    b[0], b[1] = [0, 5], [TOP - 5, TOP]
    yield {
        "name": "max-random-long",
        "description": "maximum size, random long bookings: tens of thousands overlap",
        "tags": ["max-size", "random", "overlap", "extremes"],
        "input": {"bookings": b},
    }
    yield {
        "name": "max-all-same",
        "description": "maximum size, every booking over the whole time range",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"bookings": [[0, TOP] for _ in range(N)]},
    }
    starts = list(range(0, 2 * N, 2))
    b = [[s, s + 2] for s in starts]
    rng.shuffle(b)
    yield {
        "name": "max-touching-chain",
        "description": "maximum size, bookings one after another, each starting when another ends, in mixed order",
        "tags": ["max-size", "boundary"],
        "input": {"bookings": b},
    }
    yield {
        "name": "max-nested",
        "description": "maximum size, each booking inside the one before it",
        "tags": ["max-size", "overlap", "whole-input"],
        "input": {"bookings": [[i, TOP - i] for i in range(N)]},
    }
    yield {
        "name": "max-random-short",
        "description": "maximum size, random short bookings: only a few overlap at a time",
        "tags": ["max-size", "random"],
        "input": {"bookings": [_booking(rng, 0, TOP, 20_000) for _ in range(N)]},
    }


def sized(n, seed):
    """n random long bookings, the same for the same (n, seed): many overlap, so the heap
    holds many rooms."""
    rng = random.Random(20261308 + seed)
    return {"bookings": [_booking(rng, 0, TOP, TOP // 2) for _ in range(n)]}
