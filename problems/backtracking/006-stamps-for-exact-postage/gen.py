"""Seeded random and max-size tests, and sized inputs, for stamps-for-exact-postage.

The max-size tests hold 30 stamp values whose sets are few (a few thousand) while the
ordered sequences of stamps summing to the postage number 10^10 or more."""

import random

ORDER_HEAVY_1 = [3, 12, 18, 20, 41, 45, 48, 52, 60, 64, 71, 75, 87, 90, 91, 102, 103, 106,
                 107, 114, 125, 128, 130, 134, 136, 137, 141, 142, 144, 145]
ORDER_HEAVY_2 = [5, 10, 11, 12, 19, 28, 38, 39, 44, 49, 51, 59, 62, 64, 67, 71, 72, 76, 81,
                 82, 85, 86, 88, 95, 96, 97, 102, 104, 111, 112]


def generate():
    rng = random.Random(20261208)
    for t in range(5):
        stamps = rng.sample(range(2, 25), rng.randint(2, 5))
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random stamp values and a small postage",
            "tags": ["random"],
            "input": {"stamps": stamps, "postage": rng.randint(10, 40)},
        }
    one = list(ORDER_HEAVY_1)
    rng.shuffle(one)
    yield {
        "name": "max-thirty-values-spread",
        "description": "maximum number of values, spread out, a postage that thousands of sets reach",
        "tags": ["max-size", "random"],
        "input": {"stamps": one, "postage": 205},
    }
    two = list(ORDER_HEAVY_2)
    rng.shuffle(two)
    yield {
        "name": "max-thirty-values-dense",
        "description": "maximum number of values, small ones close together",
        "tags": ["max-size", "random"],
        "input": {"stamps": two, "postage": 169},
    }
    yield {
        "name": "max-sorted-values",
        "description": "maximum number of values in increasing order",
        "tags": ["max-size", "sorted"],
        "input": {"stamps": sorted(ORDER_HEAVY_2), "postage": 150},
    }
    big = rng.sample(range(401, 500), 28) + [1, 500]
    rng.shuffle(big)
    yield {
        "name": "max-with-extreme-values",
        "description": "maximum number of values including the smallest and the largest, the largest postage",
        "tags": ["max-size", "extremes", "deep"],
        "input": {"stamps": big, "postage": 500},
    }


def sized(n, seed):
    """n stamp values spread over [4, 4n + 40), postage 120: every value takes part and the
    ordered sequences far outnumber the sets."""
    rng = random.Random(15000 + seed)
    return {"stamps": rng.sample(range(4, 4 * n + 40), n), "postage": 120}
