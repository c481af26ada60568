"""Seeded random and max-size tests, and sized inputs, for cheapest-irrigation-network."""

import random

N = 100_000
TOP = 1_000_000


def _connected(rng, n, m, top):
    """A random spanning tree (relabelled) plus random extra channels: m in all."""
    perm = list(range(n))
    rng.shuffle(perm)
    chans = [[perm[rng.randrange(i)], perm[i], rng.randint(0, top)] for i in range(1, n)]
    chans += [[rng.randrange(n), rng.randrange(n), rng.randint(0, top)] for _ in range(m - len(chans))]
    rng.shuffle(chans)
    return chans


def generate():
    rng = random.Random(8082026)
    for k in range(5):
        n = rng.randint(2, 12)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random farm",
            "tags": ["random"],
            "input": {"n": n, "channels": _connected(rng, n, rng.randint(n - 1, 25), 30)},
        }
    n = rng.randint(4, 12)
    chans = [[rng.randrange(n - 1), rng.randrange(n - 1), rng.randint(0, 30)] for _ in range(15)]
    yield {
        "name": "random-small-cut-off",
        "description": "small random farm where the last field has no channel",
        "tags": ["random", "no-answer", "answer-last"],
        "input": {"n": n, "channels": chans},
    }
    chans = _connected(rng, N, N, TOP)
    chans[0] = [0, N - 1, TOP]
    chans[1] = [N - 1, 0, 0]
    yield {
        "name": "max-random",
        "description": "maximum size, random channels over a connected farm",
        "tags": ["max-size", "random", "extremes"],
        "input": {"n": N, "channels": chans},
    }
    chain = [[i, i + 1, rng.randint(0, TOP)] for i in range(N - 1)] + [[N - 1, 0, TOP]]
    rng.shuffle(chain)
    yield {
        "name": "max-chain",
        "description": "maximum size, the fields in one long line plus one closing channel",
        "tags": ["max-size", "deep"],
        "input": {"n": N, "channels": chain},
    }
    cut = [c for c in _connected(rng, N - 1, N, TOP)]
    yield {
        "name": "max-one-field-cut-off",
        "description": "maximum size, one field no channel reaches",
        "tags": ["max-size", "no-answer"],
        "input": {"n": N, "channels": cut},
    }
    yield {
        "name": "max-all-equal-costs",
        "description": "maximum size, every channel costs the same",
        "tags": ["max-size", "all-equal", "ties"],
        "input": {"n": N, "channels": [[a, b, 7] for a, b, _ in _connected(rng, N, N, 0)]},
    }
    yield {
        "name": "max-star",
        "description": "maximum size, every field has a channel to one central field",
        "tags": ["max-size", "ties"],
        "input": {"n": N, "channels": [[0, i, rng.randint(0, TOP)] for i in range(1, N)] + [[1, 2, 0]]},
    }


def sized(n, seed):
    """n fields, a random connected farm with n channels."""
    rng = random.Random(8000 + seed)
    return {"n": n, "channels": _connected(rng, n, n, TOP)}
