"""Seeded random and max-size tests, and sized inputs, for longest-consecutive-run."""

import random

N = 100_000
BIG = 10**9


def _shuffled(rng: random.Random, values: list[int]) -> list[int]:
    rng.shuffle(values)
    return values


def generate():
    rng = random.Random(20260305)
    for t in range(4):
        n = rng.randint(10, 50)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random list with repeats and short runs",
            "tags": ["random", "duplicates"],
            "input": {"nums": [rng.randint(-15, 15) for _ in range(n)]},
        }
    yield {
        "name": "max-random-wide",
        "description": "maximum size, random values spread over the whole range",
        "tags": ["max-size", "random"],
        "input": {"nums": [rng.randint(-BIG, BIG) for _ in range(N)]},
    }
    yield {
        "name": "max-one-long-run",
        "description": "maximum size, the values form one run across zero, shuffled",
        "tags": ["max-size", "whole-input", "distinct", "negatives", "zeros"],
        "input": {"nums": _shuffled(rng, list(range(-N // 2, N // 2)))},
    }
    half = N // 2
    start = 777_000_000
    yield {
        "name": "max-repeated-start",
        "description": "maximum size, a long run whose first value is repeated many times",
        "tags": ["max-size", "duplicates"],
        "input": {"nums": _shuffled(rng, [start] * half + list(range(start, start + half)))},
    }
    low = list(range(-BIG, -BIG + 40_000))
    high = list(range(BIG - 45_000 + 1, BIG + 1))
    noise = [rng.randrange(-BIG // 2, BIG // 2, 2) for _ in range(N - len(low) - len(high))]
    yield {
        "name": "max-two-long-runs",
        "description": "maximum size, two long runs at the ends of the range plus scattered values",
        "tags": ["max-size", "extremes", "negatives"],
        "input": {"nums": _shuffled(rng, low + high + noise)},
    }
    yield {
        "name": "max-dense-random",
        "description": "maximum size, random values in a narrow range with many repeats",
        "tags": ["max-size", "duplicates", "random"],
        "input": {"nums": [rng.randint(0, 3 * N // 2) for _ in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value equal",
        "tags": ["max-size", "all-equal", "negatives"],
        "input": {"nums": [-123_456] * N},
    }
    starts = [-BIG, -300_000_000, 200_000_000, BIG - 12_400 + 1]
    lengths = [12_000, 12_600, 13_000, 12_400]
    copies = [13_000, 12_400, 12_000, 12_600]
    nums = []
    for first, length, extra in zip(starts, lengths, copies):
        nums += [first] * extra + list(range(first, first + length))
    yield {
        "name": "max-repeated-starts-at-extremes",
        "description": "maximum size, four long runs reaching both limits, each first value repeated many times",
        "tags": ["max-size", "duplicates", "extremes", "negatives"],
        "input": {"nums": _shuffled(rng, nums)},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): one run of n // 2 consecutive
    values whose first value fills the other half of the list, shuffled."""
    rng = random.Random(20260305 + seed)
    half = n // 2
    start = rng.randint(-BIG, BIG - half)
    return {"nums": _shuffled(rng, [start] * (n - half) + list(range(start, start + half)))}
