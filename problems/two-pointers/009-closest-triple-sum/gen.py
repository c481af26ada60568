"""Seeded random and max-size tests, and sized inputs, for closest-triple-sum.

Every test must have a unique closest sum. Small tests are checked directly. The
large ones use values that are all multiples of 3 and a target that is not: then a
sum below the target is at a distance of 1 (mod 3) and a sum above it at a distance
of 2 (mod 3), so two sums can never tie.
"""

import random
from itertools import combinations

N = 1200
LIMIT = 10_000


def _closest_sums(nums: list[int], target: int) -> list[int]:
    sums = {a + b + c for a, b, c in combinations(nums, 3)}
    gap = min(abs(s - target) for s in sums)
    return [s for s in sums if abs(s - target) == gap]


def _unique_target(nums: list[int], target: int) -> int:
    while len(_closest_sums(nums, target)) > 1:
        target += 1
    return target


def _multiples_of_3(rng: random.Random, n: int, lo: int, hi: int) -> list[int]:
    return [3 * rng.randint(lo // 3, hi // 3) for _ in range(n)]


def generate():
    rng = random.Random(20261209)
    for k in range(5):
        n = rng.randint(5, 40)
        spread = rng.choice((50, 1000))
        nums = [rng.randint(-spread, spread) for _ in range(n)]
        target = _unique_target(nums, rng.randint(-3 * spread, 3 * spread))
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list",
            "tags": ["random"],
            "input": {"nums": nums, "target": target},
        }
    nums = [rng.randint(-LIMIT, LIMIT) for _ in range(100)]
    yield {
        "name": "random-medium",
        "description": "medium random list over the whole range",
        "tags": ["random"],
        "input": {"nums": nums, "target": _unique_target(nums, rng.randint(-3000, 3000))},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random values, no triple hits the target",
        "tags": ["max-size", "random"],
        "input": {
            "nums": _multiples_of_3(rng, N, -LIMIT + 1, LIMIT - 1),
            "target": 3 * rng.randint(-300, 300) + 1,
        },
    }
    yield {
        "name": "max-target-below-all",
        "description": "maximum size, the target is below every possible sum",
        "tags": ["max-size", "extremes", "random"],
        "input": {"nums": [rng.randint(-LIMIT, LIMIT) for _ in range(N)], "target": -4 * LIMIT},
    }
    yield {
        "name": "max-target-above-all",
        "description": "maximum size, the target is above every possible sum",
        "tags": ["max-size", "extremes", "random"],
        "input": {"nums": [rng.randint(-LIMIT, LIMIT) for _ in range(N)], "target": 4 * LIMIT},
    }
    yield {
        "name": "max-heavy-repeats",
        "description": "maximum size, few distinct values repeated many times",
        "tags": ["max-size", "duplicates"],
        "input": {"nums": _multiples_of_3(rng, N, -90, 90), "target": 3 * rng.randint(-20, 20) + 2},
    }
    yield {
        "name": "max-descending",
        "description": "maximum size, values in decreasing order, no triple hits the target",
        "tags": ["max-size", "reverse-sorted"],
        "input": {
            "nums": sorted(_multiples_of_3(rng, N, -LIMIT + 1, LIMIT - 1), reverse=True),
            "target": 3 * rng.randint(-3000, 3000) + 2,
        },
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value the same",
        "tags": ["max-size", "all-equal", "negatives"],
        "input": {"nums": [-LIMIT + 1] * N, "target": 0},
    }
    nums = [rng.randint(-LIMIT, LIMIT) for _ in range(N)]
    i, j, k = rng.sample(range(N), 3)
    yield {
        "name": "max-exact-hit",
        "description": "maximum size, random values, some triple hits the target exactly",
        "tags": ["max-size", "random"],
        "input": {"nums": nums, "target": nums[i] + nums[j] + nums[k]},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random multiples of 3 and a
    target that is not one, so no triple hits it and every sweep runs to the end. The
    list needs three values, so n < 3 gives size 3."""
    rng = random.Random(20261209 + seed)
    return {"nums": _multiples_of_3(rng, max(n, 3), -LIMIT + 1, LIMIT - 1),
            "target": 3 * rng.randint(-300, 300) + 1}
