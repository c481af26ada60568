"""Seeded random and max-size tests, and sized inputs, for peak-riders-on-the-shuttle.

Max-size tests hold 100000 groups. Summing, at every boarding stop, the groups on board
there is 10^10 steps on any of them.
"""

import random

N = 100_000
TOP = 10**9


def _trip(rng, lo, hi, longest, most=10_000):
    board = rng.randint(lo, hi - 1)
    return [board, rng.randint(board + 1, min(hi, board + longest)), rng.randint(1, most)]


def generate():
    rng = random.Random(20261207)
    for t in range(4):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random groups on a short road",
            "tags": ["random", "overlap"],
            "input": {"trips": [_trip(rng, 0, 12, 5, 9) for _ in range(rng.randint(5, 10))]},
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand random groups",
        "tags": ["random", "overlap"],
        "input": {"trips": [_trip(rng, 0, 10**6, 10**4) for _ in range(3000)]},
    }
    trips = [_trip(rng, 0, TOP, TOP // 2) for _ in range(N)]
    trips[0] = [0, TOP, 1]
    yield {
        "name": "max-random-long",
        "description": "maximum size, long random trips: tens of thousands on board at once",
        "tags": ["max-size", "random", "overlap", "extremes"],
        "input": {"trips": trips},
    }
    yield {
        "name": "max-random-short",
        "description": "maximum size, short random trips: few on board at a time",
        "tags": ["max-size", "random"],
        "input": {"trips": [_trip(rng, 0, TOP, 20_000) for _ in range(N)]},
    }
    chain = [[2 * i, 2 * i + 2, 10_000] for i in range(N)]
    rng.shuffle(chain)
    yield {
        "name": "max-hand-over-chain",
        "description": "maximum size, each group boards where another leaves, in mixed order",
        "tags": ["max-size", "boundary"],
        "input": {"trips": chain},
    }
    yield {
        "name": "max-all-same",
        "description": "maximum size, every group the same trip at the largest size",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"trips": [[0, TOP, 10_000] for _ in range(N)]},
    }


def sized(n, seed):
    """n long random trips: heavy overlap."""
    rng = random.Random(1000 + seed)
    return {"trips": [_trip(rng, 0, TOP, TOP // 2) for _ in range(n)]}
