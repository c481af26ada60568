"""Seeded random and max-size tests, and sized inputs, for distinct-bead-strings.

Every test keeps the answer at 40,000 strings or fewer: n! over the product of the
factorials of the colour counts."""

import random
from collections import Counter
from math import factorial

N = 12


def _strings(beads):
    total = factorial(len(beads))
    for c in Counter(beads).values():
        total //= factorial(c)
    return total


def _split(rng, colours, counts):
    beads = [c for c, k in zip(colours, counts) for _ in range(k)]
    rng.shuffle(beads)
    return beads


def generate():
    rng = random.Random(20261207)
    for t in range(5):
        n = rng.randint(4, 8)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few beads of a few colours",
            "tags": ["random", "duplicates"],
            "input": {"beads": [rng.randint(-2, 2) for _ in range(n)]},
        }
    yield {
        "name": "max-three-colours-even",
        "description": "maximum size, three colours four beads each: the largest answer",
        "tags": ["max-size", "duplicates"],
        "input": {"beads": _split(rng, rng.sample(range(-100, 101), 3), [4, 4, 4])},
    }
    yield {
        "name": "max-two-colours",
        "description": "maximum size, two colours six beads each, both extreme colours",
        "tags": ["max-size", "duplicates", "extremes"],
        "input": {"beads": _split(rng, [-100, 100], [6, 6])},
    }
    yield {
        "name": "max-one-colour",
        "description": "maximum size, every bead the same colour",
        "tags": ["max-size", "all-equal"],
        "input": {"beads": [0] * N},
    }
    yield {
        "name": "max-uneven-counts",
        "description": "maximum size, one colour in most beads and a few others",
        "tags": ["max-size", "duplicates", "random"],
        "input": {"beads": _split(rng, rng.sample(range(-100, 101), 4), [8, 2, 1, 1])},
    }
    yield {
        "name": "max-sorted-three-colours",
        "description": "maximum size, already sorted, three colours of unequal counts",
        "tags": ["max-size", "sorted", "duplicates"],
        "input": {"beads": [1] * 5 + [2] * 5 + [3] * 2},
    }


def sized(n, seed):
    """n beads of three colours in nearly equal numbers, shuffled (34,650 strings at 12)."""
    rng = random.Random(13000 + seed)
    colours = rng.sample(range(-100, 101), 3)
    beads = [colours[i % 3] for i in range(n)]
    rng.shuffle(beads)
    return {"beads": beads}
