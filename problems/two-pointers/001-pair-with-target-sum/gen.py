"""Seeded max-size and random tests, and sized inputs, for pair-with-target-sum."""

import random

N = 100_000


def _sorted_values(rng: random.Random, n: int, lo: int, hi: int) -> list[int]:
    return sorted(rng.randint(lo, hi) for _ in range(n))


def generate():
    rng = random.Random(20261127)
    for k in range(3):
        nums = _sorted_values(rng, 60, -50, 50)
        i, j = sorted(rng.sample(range(60), 2))
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with repeated values",
            "tags": ["random", "duplicates"],
            "input": {"nums": nums, "target": nums[i] + nums[j]},
        }
    nums = _sorted_values(rng, N, -(10**9), 10**9)
    yield {
        "name": "max-pair-in-middle",
        "description": "maximum size, the only fitting pair sits near the middle",
        "tags": ["max-size", "random", "sorted"],
        "input": {"nums": nums, "target": nums[N // 2 - 3] + nums[N // 2 + 4]},
    }
    evens = [2 * v for v in range(N)]
    yield {
        "name": "max-no-pair",
        "description": "maximum size, no pair exists (all sums even, target odd)",
        "tags": ["max-size", "no-answer", "distinct", "sorted"],
        "input": {"nums": evens, "target": 1},
    }
    yield {
        "name": "max-pair-far-right",
        "description": "maximum size, the pair is the last two positions",
        "tags": ["max-size", "answer-last", "distinct", "sorted"],
        "input": {"nums": evens, "target": evens[-1] + evens[-2]},
    }
    ones = [1] * N
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value equal and the target unreachable",
        "tags": ["max-size", "all-equal", "no-answer"],
        "input": {"nums": ones, "target": 3},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random even values, an odd
    target near zero, so no pair exists and the indices meet in the middle."""
    rng = random.Random(20261127 + seed)
    nums = [2 * v for v in _sorted_values(rng, n, -(10**9) // 2, 10**9 // 2)]
    return {"nums": nums, "target": 2 * rng.randint(-1000, 1000) + 1}
