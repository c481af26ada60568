"""Seeded random and max-size tests, and sized inputs, for unsorted-pair-to-target.

Every test has exactly one pair: fillers are drawn at random, and a filler is dropped
when its complement (target - filler) is already among the values, so no filler can
complete a second pair, with the designated pair or with another filler.
"""

import random

N = 100_000
BIG = 10**9


def _with_pair(rng, n, target, a, i, j, lo, hi):
    b = target - a
    values = {a, b}
    fillers = []
    while len(fillers) < n - 2:
        v = rng.randint(lo, hi)
        if target - v not in values:
            fillers.append(v)
            values.add(v)
    nums = fillers[:i] + [a] + fillers[i : j - 1] + [b] + fillers[j - 1 :]
    assert nums[i] + nums[j] == target and len(nums) == n
    return {"nums": nums, "target": target}


def generate():
    rng = random.Random(20260302)
    for t in range(4):
        n = rng.randint(10, 50)
        i, j = sorted(rng.sample(range(n), 2))
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random list with repeated values",
            "tags": ["random", "duplicates"],
            "input": _with_pair(rng, n, rng.randint(-30, 30), rng.randint(-20, 20), i, j, -20, 20),
        }
    yield {
        "name": "max-pair-at-ends",
        "description": "maximum size, the pair is the first and last positions",
        "tags": ["max-size", "whole-input", "random"],
        "input": _with_pair(rng, N, 123_456_789, -876_543_211, 0, N - 1, -BIG, BIG),
    }
    yield {
        "name": "max-pair-last-two",
        "description": "maximum size, the pair is the last two positions",
        "tags": ["max-size", "answer-last", "random"],
        "input": _with_pair(rng, N, -55_555, 400_000_000, N - 2, N - 1, -BIG, BIG),
    }
    yield {
        "name": "max-pair-in-middle",
        "description": "maximum size, the pair is far apart in the second half",
        "tags": ["max-size", "random"],
        "input": _with_pair(rng, N, 0, 31_337, N // 2 + 17, N - 1000, -BIG, BIG),
    }
    yield {
        "name": "max-equal-pair-many-repeats",
        "description": "maximum size, many repeated values, the pair is two equal values",
        "tags": ["max-size", "duplicates"],
        "input": _with_pair(rng, N, 14, 7, N // 3, 2 * N // 3, -5000, 5000),
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): the only pair is the middle
    and the last position, so the scan reaches the end and both the all-pairs and the
    by-gap searches are quadratic. The list needs two values, so n < 2 gives size 2."""
    rng = random.Random(20260302 + seed)
    n = max(n, 2)
    a, b = rng.randint(-BIG, BIG), rng.randint(-BIG, BIG)
    return _with_pair(rng, n, a + b, a, (n - 1) // 2, n - 1, -BIG, BIG)
