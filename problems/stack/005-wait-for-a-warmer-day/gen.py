"""Seeded random and max-size tests, and sized inputs, for wait-for-a-warmer-day."""

import random

N = 100_000
LO, HI = -100, 100


def _staircase(n: int, descending: bool) -> list[int]:
    """n readings in blocks of equal values, moving through the whole range."""
    span = HI - LO + 1
    values = [LO + i * span // n for i in range(n)]
    return values[::-1] if descending else values


def generate():
    rng = random.Random(20261208)
    for k in range(4):
        n = rng.randint(8, 40)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "short random readings with many repeated values",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"temps": [rng.randint(-5, 5) for _ in range(n)]},
        }
    yield {
        "name": "random-medium-wide",
        "description": "a few hundred random readings over the whole range",
        "tags": ["random", "extremes"],
        "input": {"temps": [rng.randint(LO, HI) for _ in range(300)]},
    }

    yield {
        "name": "max-random",
        "description": "maximum size, random readings",
        "tags": ["max-size", "random"],
        "input": {"temps": [rng.randint(LO, HI) for _ in range(N)]},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every reading equal",
        "tags": ["max-size", "all-equal", "no-answer"],
        "input": {"temps": [17] * N},
        "expected": [0] * N,
    }
    yield {
        "name": "max-never-rising",
        "description": "maximum size, readings never rise (long runs of equal values going down)",
        "tags": ["max-size", "reverse-sorted", "no-answer"],
        "input": {"temps": _staircase(N, descending=True)},
        "expected": [0] * N,
    }
    yield {
        "name": "max-equal-then-warmest-last",
        "description": "maximum size, equal readings until the last day, which is the only warmer one",
        "tags": ["max-size", "answer-last", "extremes"],
        "input": {"temps": [-100] * (N - 1) + [100]},
        "expected": [N - 1 - i for i in range(N - 1)] + [0],
    }
    yield {
        "name": "max-rising-staircase",
        "description": "maximum size, readings never fall (long runs of equal values going up)",
        "tags": ["max-size", "sorted"],
        "input": {"temps": _staircase(N, descending=False)},
    }
    cold = [rng.randint(LO, 0) for _ in range(N // 2)]
    yield {
        "name": "max-cold-then-mirror",
        "description": "maximum size, a random cold half, then the same readings in reverse made warmer",
        "tags": ["max-size", "random"],
        "input": {"temps": cold + [v + 100 for v in reversed(cold)]},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): equal readings until the
    last day, the only warmer one, which settles every other day at once."""
    rng = random.Random(20261208 + seed)
    return {"temps": [rng.randint(LO, HI - 1)] * (n - 1) + [HI]}
