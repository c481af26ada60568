"""Seeded random and max-size tests, and sized inputs, for most-common-values-ranked."""

import random

N = 100_000
BIG = 10**9


def generate():
    rng = random.Random(20261207)
    for t in range(4):
        n = rng.randint(20, 90)
        nums = [rng.randint(-8, 8) for _ in range(n)]
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random list with many ties",
            "tags": ["random", "ties"],
            "input": {"nums": nums, "k": rng.randint(1, len(set(nums)))},
        }
    nums = rng.sample(range(-BIG, BIG + 1), N)
    yield {
        "name": "max-all-distinct",
        "description": "maximum size, all values distinct, every value requested",
        "tags": ["max-size", "distinct", "ties", "boundary"],
        "input": {"nums": nums, "k": N},
    }
    values = rng.sample(range(-BIG, BIG + 1), N // 2)
    nums = values + values
    rng.shuffle(nums)
    yield {
        "name": "max-pairs",
        "description": "maximum size, every value occurs exactly twice",
        "tags": ["max-size", "duplicates", "ties"],
        "input": {"nums": nums, "k": N // 4},
    }
    nums = [rng.randint(-500, 500) for _ in range(N)]
    yield {
        "name": "max-few-distinct",
        "description": "maximum size, random values from a small range",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"nums": nums, "k": 50},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value the same",
        "tags": ["max-size", "all-equal"],
        "input": {"nums": [-123456789] * N, "k": 1},
    }
    # value v (descending from the top) occurs a number of times that shrinks slowly,
    # so long runs of equal counts appear in decreasing value order
    nums = []
    v = BIG
    while len(nums) < N:
        nums.extend([v] * min(1 + (BIG - v) // 40_000, N - len(nums)))
        v -= 1
    yield {
        "name": "max-descending-ties",
        "description": "maximum size, large groups of equal counts listed from the largest value down",
        "tags": ["max-size", "reverse-sorted", "ties"],
        "input": {"nums": nums, "k": len(set(nums)) // 2},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): all values distinct, every
    value requested (k = n)."""
    rng = random.Random(20261207 + seed)
    return {"nums": rng.sample(range(-BIG, BIG + 1), n), "k": n}
