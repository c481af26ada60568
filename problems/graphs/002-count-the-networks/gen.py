"""Seeded random and max-size tests, and sized inputs, for count-the-networks."""

import random

N = 100_000


def _path(n, rng):
    order = list(range(n))
    rng.shuffle(order)
    return [[order[i], order[i + 1]] for i in range(n - 1)]


def generate():
    rng = random.Random(7202612)
    for k in range(5):
        n = rng.randint(2, 15)
        m = rng.randint(0, 15)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random office",
            "tags": ["random"],
            "input": {"n": n, "cables": [[rng.randrange(n), rng.randrange(n)] for _ in range(m)]},
        }
    cables = [[rng.randrange(N), rng.randrange(N)] for _ in range(N - 2)] + [[0, N - 1], [N - 1, N - 1]]
    yield {
        "name": "max-random",
        "description": "maximum size, random cables",
        "tags": ["max-size", "random", "extremes"],
        "input": {"n": N, "cables": cables},
    }
    chain = _path(N, rng) + [[0, N - 1]]
    yield {
        "name": "max-one-long-chain",
        "description": "maximum size, every machine on one long chain of cables",
        "tags": ["max-size", "whole-input"],
        "input": {"n": N, "cables": chain},
    }
    yield {
        "name": "max-in-order-chain",
        "description": "maximum size, a chain whose cables are listed end to end",
        "tags": ["max-size", "whole-input", "sorted"],
        "input": {"n": N, "cables": [[i + 1, i] for i in range(N - 1)] + [[N - 1, 0]]},
    }
    yield {
        "name": "max-star",
        "description": "maximum size, every machine cabled to one hub",
        "tags": ["max-size", "whole-input"],
        "input": {"n": N, "cables": [[i, N // 2] for i in range(N) if i != N // 2] + [[0, N - 1]]},
    }
    yield {
        "name": "max-no-cables",
        "description": "maximum number of machines and no cables",
        "tags": ["max-size", "empty", "boundary"],
        "input": {"n": N, "cables": []},
    }
    pairs = [[2 * i, 2 * i + 1] for i in range(N // 2)]
    yield {
        "name": "max-pairs-repeated",
        "description": "maximum size, machines joined in pairs, every pair cabled twice",
        "tags": ["max-size", "duplicates"],
        "input": {"n": N, "cables": pairs + [[b, a] for a, b in pairs]},
    }


def sized(n, seed):
    """n machines on one chain of n - 1 cables in random order: every cable merges two networks."""
    rng = random.Random(4000 + seed)
    return {"n": n, "cables": _path(n, rng)}
