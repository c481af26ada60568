"""Seeded random and max-size tests, and sized inputs, for cheapest-courier-route."""

import random

N = 100_000
TOP = 10_000


def _random_roads(rng, n, m, top):
    return [[rng.randrange(n), rng.randrange(n), rng.randint(0, top)] for _ in range(m)]


def generate():
    rng = random.Random(7072026)
    for k in range(5):
        n = rng.randint(2, 12)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random road map",
            "tags": ["random"],
            "input": {"n": n, "roads": _random_roads(rng, n, rng.randint(0, 25), 20), "source": rng.randrange(n), "target": rng.randrange(n)},
        }
    perm = list(range(1, N))
    rng.shuffle(perm)
    perm = [0] + perm
    roads = [[perm[rng.randrange(max(0, i - 20), i)], perm[i], rng.randint(0, TOP)] for i in range(1, N)]
    roads.append([N - 1, 0, 0])
    rng.shuffle(roads)
    yield {
        "name": "max-random",
        "description": "maximum size, random one-way roads reaching every town from the source",
        "tags": ["max-size", "random", "extremes"],
        "input": {"n": N, "roads": roads, "source": 0, "target": N - 1},
    }
    chain = [[i, i + 1, rng.randint(0, TOP)] for i in range(N - 1)][::-1] + [[N - 1, 0, TOP]]
    yield {
        "name": "max-long-chain",
        "description": "maximum size, one long chain of roads listed from the far end",
        "tags": ["max-size", "deep", "reverse-sorted"],
        "input": {"n": N, "roads": chain, "source": 0, "target": N - 1},
    }
    # a ladder: two parallel chains with rungs, so many towns are improved several times
    half = N // 2
    ladder = []
    for i in range(half - 1):
        ladder.append([i, i + 1, rng.randint(1, 100)])
        ladder.append([half + i, half + i + 1, rng.randint(1, 100)])
    while len(ladder) < N:
        i = rng.randrange(half)
        ladder.append([i, half + i, rng.randint(0, 50)] if rng.random() < 0.5 else [half + i, i, rng.randint(0, 50)])
    yield {
        "name": "max-ladder",
        "description": "maximum size, two long parallel chains joined by random rungs",
        "tags": ["max-size", "overlap"],
        "input": {"n": N, "roads": ladder, "source": 0, "target": N - 1},
    }
    yield {
        "name": "max-unreachable",
        "description": "maximum size, the target has no road leading in",
        "tags": ["max-size", "no-answer", "answer-first"],
        "input": {"n": N, "roads": [r for r in _random_roads(rng, N, N, TOP) if r[1] != 0], "source": N - 1, "target": 0},
    }
    yield {
        "name": "max-free-roads",
        "description": "maximum size, every road is free",
        "tags": ["max-size", "zeros", "all-equal"],
        "input": {"n": N, "roads": _random_roads(rng, N, N, 0), "source": 1, "target": 2},
    }


def sized(n, seed):
    """n towns, a chain 0 -> 1 -> ... -> n-1 plus shortcuts, listed in random order."""
    rng = random.Random(7000 + seed)
    roads = [[i, i + 1, rng.randint(0, 100)] for i in range(n - 1)]
    roads += [[rng.randrange(n), rng.randrange(n), rng.randint(0, TOP)] for _ in range(1)]
    rng.shuffle(roads)
    return {"n": n, "roads": roads, "source": 0, "target": n - 1}
