"""Seeded random and max-size tests, and sized inputs, for quadruplets-with-target-sum."""

import random

N = 300
SPREAD = 10**6


def generate():
    rng = random.Random(20261210)
    for k in range(4):
        n = rng.randint(10, 40)
        nums = [rng.randint(-12, 12) for _ in range(n)]
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random list with many repeated values",
            "tags": ["random", "duplicates"],
            "input": {"nums": nums, "target": rng.randint(-15, 15)},
        }
    nums = [rng.randint(-500, 500) for _ in range(80)]
    yield {
        "name": "random-medium",
        "description": "medium random list, some repeated values",
        "tags": ["random", "duplicates"],
        "input": {"nums": nums, "target": sum(rng.sample(nums, 4))},
    }
    yield {
        "name": "max-random-distinct",
        "description": "maximum size, distinct random values, target in the middle of the sums",
        "tags": ["max-size", "random", "distinct"],
        "input": {"nums": rng.sample(range(-SPREAD, SPREAD + 1), N), "target": rng.randint(-1000, 1000)},
    }
    nums = rng.sample(range(-SPREAD, SPREAD + 1), N)
    yield {
        "name": "max-random-off-centre",
        "description": "maximum size, distinct random values, target well away from the middle",
        "tags": ["max-size", "random", "distinct"],
        "input": {"nums": nums, "target": sum(sorted(nums)[-40:-36])},
    }
    yield {
        "name": "max-no-answer",
        "description": "maximum size, distinct values and no quadruplet at all",
        "tags": ["max-size", "no-answer", "distinct"],
        "input": {"nums": rng.sample(range(-SPREAD + 1, SPREAD, 2), N), "target": 1},
    }
    yield {
        "name": "max-heavy-repeats",
        "description": "maximum size, values from a narrow range so every value repeats often",
        "tags": ["max-size", "duplicates"],
        "input": {"nums": [rng.randint(-25, 25) for _ in range(N)], "target": rng.randint(-10, 10)},
    }
    yield {
        "name": "max-all-negative",
        "description": "maximum size, every value negative and the target negative",
        "tags": ["max-size", "negatives", "distinct"],
        "input": {"nums": rng.sample(range(-SPREAD, 0), N), "target": -2 * SPREAD - rng.randint(0, 1000)},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every value the same",
        "tags": ["max-size", "all-equal"],
        "input": {"nums": [7] * N, "target": 28},
    }
    big = [rng.choice((-1, 1)) * rng.randint(9 * 10**8, 10**9) for _ in range(N)]
    yield {
        "name": "max-large-values",
        "description": "maximum size, large values whose sums exceed 32-bit integers",
        "tags": ["max-size", "random", "negatives"],
        "input": {"nums": big, "target": sum(rng.sample(big, 4))},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): distinct odd values and an
    odd target, so no quadruplet exists."""
    rng = random.Random(20261210 + seed)
    return {"nums": rng.sample(range(-SPREAD + 1, SPREAD, 2), n), "target": 1}
