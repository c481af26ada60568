"""Seeded random and max-size tests, and sized inputs, for two-equal-loads."""

import random

N = 150
TOP = 200


def _even_total(weights):
    """Make the total even by nudging the first weight by one."""
    if sum(weights) % 2:
        weights[0] += 1 if weights[0] < TOP else -1
    return weights


def generate():
    rng = random.Random(6)
    for n in (8, 20, 45):
        yield {
            "name": f"random-{n}",
            "description": "a random list of crates of modest length",
            "tags": ["random"],
            "input": {"weights": _even_total([rng.randint(1, 30) for _ in range(n)])},
        }
    # residue trap: multiples of 3 plus one weight of residue 1 leave half with residue 2
    trap = [3 * rng.randint(1, 10) for _ in range(39)] + [4]
    if sum(trap) % 2:
        trap[0] += 3
    yield {
        "name": "residue-trap",
        "description": "an even total whose half no group of crates can reach",
        "tags": ["no-answer", "random"],
        "input": {"weights": trap},
    }
    yield {
        "name": "max-random-even",
        "description": "the most crates, random weights over the whole range, even total",
        "tags": ["max-size", "random", "extremes"],
        "input": {"weights": _even_total([1, TOP] + [rng.randint(1, TOP) for _ in range(N - 2)])},
    }
    yield {
        "name": "max-random-heavy",
        "description": "the most crates, random heavy weights, even total",
        "tags": ["max-size", "random"],
        "input": {"weights": _even_total([rng.randint(100, TOP) for _ in range(N)])},
    }
    few = [rng.choice((6, 12, 18)) for _ in range(N - 1)] + [4]
    if sum(few) % 2:
        few[0] = 9
    yield {
        "name": "max-impossible-few-values",
        "description": "the most crates, only a few distinct weights, an even total that cannot be halved",
        "tags": ["max-size", "no-answer", "duplicates"],
        "input": {"weights": few},
    }
    yield {
        "name": "max-impossible-all-threes",
        "description": "the most crates, almost all of one weight, an even total that cannot be halved",
        "tags": ["max-size", "no-answer", "duplicates"],
        "input": {"weights": [3] * (N - 2) + [4, 6]},
    }
    yield {
        "name": "max-all-heaviest",
        "description": "the most crates, all of the largest weight",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": {"weights": [TOP] * N},
    }
    yield {
        "name": "max-odd-total",
        "description": "the most crates with an odd total",
        "tags": ["max-size", "no-answer"],
        "input": {"weights": [TOP] * (N - 1) + [1]},
    }


def sized(n, seed):
    """n crates, multiples of 3 plus one crate of residue 1, even total: the half can never
    be reached, so every reachable sum of every prefix is explored."""
    rng = random.Random(12_000 + seed)
    weights = [3 * rng.randint(1, 66) for _ in range(max(0, n - 1))] + [4]
    if sum(weights) % 2:
        weights[0] = weights[0] + 3 if weights[0] + 3 <= TOP else weights[0] - 3
    return {"weights": weights}
