"""Seeded random and max-size tests, and sized inputs, for merge-sorted-chains.

Max-size tests hold 100000 nodes in all, and most of them the largest number of chains
(10000).
"""

import random

CHAINS = 10_000
NODES = 100_000
TOP = 10**9


def _chain(rng, n, lo=-TOP, hi=TOP):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def generate():
    rng = random.Random(20261306)
    for t in range(3):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few short random chains with repeated values, some empty",
            "tags": ["random", "duplicates"],
            "input": {"lists": [_chain(rng, rng.randint(0, 6), -4, 4) for _ in range(rng.randint(2, 8))]},
        }
    yield {
        "name": "random-medium",
        "description": "a few hundred random chains of random lengths",
        "tags": ["random"],
        "input": {"lists": [_chain(rng, rng.randint(0, 20)) for _ in range(300)]},
    }
    chains = [_chain(rng, 10) for _ in range(CHAINS)]
    chains[0][0], chains[-1][-1] = -TOP, TOP
    yield {
        "name": "max-many-short",
        "description": "maximum size, the most chains allowed, each short, random values",
        "tags": ["max-size", "random", "extremes"],
        "input": {"lists": chains},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, the most chains allowed, every node holding the same value",
        "tags": ["max-size", "all-equal", "ties"],
        "input": {"lists": [[42] * 10 for _ in range(CHAINS)]},
    }
    lengths = [rng.randint(0, 20) for _ in range(CHAINS)]
    while sum(lengths) > NODES:
        lengths[rng.randrange(CHAINS)] = 0
    yield {
        "name": "max-uneven",
        "description": "maximum size, many chains of uneven lengths, many of them empty",
        "tags": ["max-size", "random", "empty"],
        "input": {"lists": [_chain(rng, n, -50, 50) for n in lengths]},
    }
    yield {
        "name": "max-one-long-chain",
        "description": "maximum size, one chain holds every node, all other chains are empty",
        "tags": ["max-size", "whole-input", "deep", "empty"],
        "input": {"lists": [[] for _ in range(CHAINS // 2)] + [_chain(rng, NODES)] + [[] for _ in range(CHAINS // 2 - 1)]},
    }
    yield {
        "name": "max-descending-blocks",
        "description": "maximum size, each chain lies wholly above the next one",
        "tags": ["max-size", "reverse-sorted"],
        "input": {"lists": [list(range(10 * (CHAINS - c), 10 * (CHAINS - c) + 10)) for c in range(CHAINS)]},
    }
    yield {
        "name": "max-two-long",
        "description": "maximum size, two long interleaved chains",
        "tags": ["max-size", "two", "deep"],
        "input": {"lists": [list(range(0, NODES, 2)), list(range(1, NODES, 2))]},
    }


def sized(n, seed):
    """One input of n chains, the same for the same (n, seed): each chain has 10 random
    values (so n <= 10000 keeps the total at 100000 nodes)."""
    rng = random.Random(20261306 + seed)
    return {"lists": [_chain(rng, 10) for _ in range(n)]}
