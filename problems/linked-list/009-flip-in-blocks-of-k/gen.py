"""Seeded random and max-size tests, and sized inputs, for flip-in-blocks-of-k."""

import random

N = 100_000
LIMIT = 10**9


def generate():
    rng = random.Random(20261309)
    for j in range(6):
        n = rng.randint(5, 60)
        yield {
            "name": f"random-small-{j + 1}",
            "description": "small random list with repeated values, a random block size",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"head": [rng.randint(-5, 5) for _ in range(n)], "k": rng.randint(1, n + 2)},
        }
    values = [rng.randint(-LIMIT, LIMIT) for _ in range(N - 2)] + [LIMIT, -LIMIT]
    rng.shuffle(values)
    yield {
        "name": "max-one-block",
        "description": "maximum size and the largest block size: the whole list is one block",
        "tags": ["max-size", "boundary", "whole-input", "extremes", "random"],
        "input": {"head": values, "k": N},
    }
    yield {
        "name": "max-two-blocks",
        "description": "maximum size, two full blocks",
        "tags": ["max-size", "sorted"],
        "input": {"head": list(range(-N // 2, N // 2)), "k": N // 2},
    }
    yield {
        "name": "max-block-one-short",
        "description": "maximum size, a block one node shorter than the list, so one node is left over",
        "tags": ["max-size", "random"],
        "input": {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(N)], "k": N - 1},
    }
    yield {
        "name": "max-large-blocks-with-rest",
        "description": "maximum size, large blocks and a long rest that stays",
        "tags": ["max-size", "duplicates"],
        "input": {"head": [rng.randint(0, 9) for _ in range(N)], "k": 30_001},
    }
    yield {
        "name": "max-pairs",
        "description": "maximum size, blocks of two",
        "tags": ["max-size", "reverse-sorted"],
        "input": {"head": list(range(N, 0, -1)), "k": 2},
    }
    yield {
        "name": "max-blocks-of-one",
        "description": "maximum size, blocks of one: nothing changes",
        "tags": ["max-size", "boundary", "all-equal"],
        "input": {"head": [4] * N, "k": 1},
    }
    yield {
        "name": "max-small-blocks",
        "description": "maximum size, small blocks with a short rest",
        "tags": ["max-size", "random"],
        "input": {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(N)], "k": 7},
    }


def sized(n, seed):
    """One input of n nodes, the same for the same (n, seed): random values and k = n, one
    block, so a reversal that walks to the block's end for every node does n^2 / 2 work."""
    rng = random.Random(20261309 + seed)
    return {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(n)], "k": max(1, n)}
