"""Seeded random and max-size tests, and sized inputs, for repeat-within-reach."""

import random

N = 100_000
BIG = 10**9


def _distinct(rng: random.Random, n: int) -> list[int]:
    return rng.sample(range(-BIG, BIG + 1), n)


def generate():
    rng = random.Random(20260301)
    for t in range(4):
        n = rng.randint(15, 60)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random list with repeated values",
            "tags": ["random", "duplicates"],
            "input": {"nums": [rng.randint(-12, 12) for _ in range(n)], "k": rng.randint(0, 8)},
        }
    yield {
        "name": "max-all-distinct",
        "description": "maximum size, all values distinct, k as large as allowed",
        "tags": ["max-size", "distinct", "boundary", "no-answer"],
        "input": {"nums": _distinct(rng, N), "k": N},
    }
    k = N // 2 - 1
    labels = _distinct(rng, k + 1)
    yield {
        "name": "max-periodic-just-too-far",
        "description": "maximum size, every value repeats exactly one step beyond k",
        "tags": ["max-size", "duplicates", "no-answer"],
        "input": {"nums": [labels[i % (k + 1)] for i in range(N)], "k": k},
    }
    nums = _distinct(rng, N)
    nums[-1] = nums[0]
    yield {
        "name": "max-repeat-at-ends",
        "description": "maximum size, the only repeat is at the first and last positions",
        "tags": ["max-size", "whole-input", "answer-last"],
        "input": {"nums": nums, "k": N - 1},
    }
    yield {
        "name": "max-all-equal-k-zero",
        "description": "maximum size, every value equal, k is zero",
        "tags": ["max-size", "all-equal", "boundary", "no-answer"],
        "input": {"nums": [7] * N, "k": 0},
    }
    nums = _distinct(rng, N)
    nums[N - 1] = nums[N - 1 - 777]
    yield {
        "name": "max-repeat-near-end",
        "description": "maximum size, a single repeat near the end with a gap just inside k",
        "tags": ["max-size", "answer-last"],
        "input": {"nums": nums, "k": 777},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): all values distinct and k as
    large as the list, so no repeat is ever within reach and every position is visited."""
    rng = random.Random(20260301 + seed)
    return {"nums": _distinct(rng, n), "k": n}
