"""Seeded random and max-size tests, and sized inputs, for distinct-baskets-from-a-pile.

Every test keeps the answer at 20,000 baskets or fewer: the product over the distinct
values of (copies + 1)."""

import random
from collections import Counter

N = 24


def _baskets(pile):
    total = 1
    for c in Counter(pile).values():
        total *= c + 1
    return total


def _copies(rng, values, copies):
    pile = [v for v in values for _ in range(copies)]
    rng.shuffle(pile)
    return pile


def generate():
    rng = random.Random(20261206)
    for t in range(5):
        n = rng.randint(5, 12)
        pile = [rng.randint(-3, 3) for _ in range(n)]
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random pile with repeated labels",
            "tags": ["random", "duplicates"],
            "input": {"pile": pile},
        }
    pile = _copies(rng, rng.sample(range(-100, 101), 6), 4)
    assert _baskets(pile) <= 20000
    yield {
        "name": "max-six-labels-four-copies",
        "description": "maximum size, six labels four times each, shuffled: the largest answer",
        "tags": ["max-size", "duplicates"],
        "input": {"pile": pile},
    }
    yield {
        "name": "max-four-labels-six-copies",
        "description": "maximum size, four labels six times each, with both extreme labels",
        "tags": ["max-size", "duplicates", "extremes"],
        "input": {"pile": _copies(rng, [-100, 100, 0, 37], 6)},
    }
    yield {
        "name": "max-two-labels-sorted",
        "description": "maximum size, two labels twelve times each, in increasing order",
        "tags": ["max-size", "duplicates", "sorted"],
        "input": {"pile": [-5] * 12 + [8] * 12},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every item with the same label",
        "tags": ["max-size", "all-equal"],
        "input": {"pile": [77] * N},
    }
    mixed = [rng.randint(-100, 100) for _ in range(6)]
    pile = _copies(rng, mixed[:3], 5) + mixed[3:]
    rng.shuffle(pile)
    yield {
        "name": "max-some-single-labels",
        "description": "maximum size, a few labels many times and a few only once",
        "tags": ["max-size", "duplicates", "random"],
        "input": {"pile": (pile + [rng.choice(mixed[:3]) for _ in range(N - len(pile))])[:N]},
    }


def sized(n, seed):
    """n items over labels that repeat: about n/4 labels, four copies each (at most six
    labels, so at most 5^6 baskets), shuffled."""
    rng = random.Random(11000 + seed)
    labels = rng.sample(range(-100, 101), min(6, max(1, n // 4)))
    pile = [labels[i % len(labels)] for i in range(n)]
    rng.shuffle(pile)
    return {"pile": pile}
