"""Seeded random and max-size tests, and sized inputs, for smallest-absent-positive."""

import random

N = 100_000
TOP = 2**31 - 1


def generate():
    rng = random.Random(20261209)
    for t in range(4):
        n = rng.randint(10, 60)
        nums = [rng.randint(-3, n + 3) for _ in range(n)]
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random list with repeats, negatives and values past the length",
            "tags": ["random", "duplicates", "negatives"],
            "input": {"nums": nums},
        }
    yield {
        "name": "max-complete-descending",
        "description": "maximum size, every value from 1 to n present, largest first",
        "tags": ["max-size", "reverse-sorted", "whole-input"],
        "input": {"nums": list(range(N, 0, -1))},
    }
    # Half the maximum size: a full-size random permutation makes every in-place
    # solution jump around memory, and its time then depends mostly on the CPU cache.
    m = N // 2
    nums = [v for v in range(1, m + 2) if v != m // 2]
    rng.shuffle(nums)
    yield {
        "name": "large-missing-middle-shuffled",
        "description": "large size, a shuffled run of consecutive values with one gap in the middle",
        "tags": ["random", "distinct"],
        "input": {"nums": nums},
    }
    half = N // 2
    nums = [v for v in range(half, 0, -1) for _ in range(2)]
    nums[-1] = -rng.randint(1, TOP)  # the second copy of 1 becomes noise
    yield {
        "name": "max-duplicated-descending",
        "description": "maximum size, every value up to n/2 twice, largest first",
        "tags": ["max-size", "duplicates", "reverse-sorted"],
        "input": {"nums": nums},
    }
    nums = [v + 1 for v in range(1, N)] + [1]
    yield {
        "name": "max-one-long-cycle",
        "description": "maximum size, the values form a single long cycle of placements",
        "tags": ["max-size", "whole-input"],
        "input": {"nums": nums},
    }
    yield {
        "name": "max-all-one",
        "description": "maximum size, every value equal to 1",
        "tags": ["max-size", "all-equal"],
        "input": {"nums": [1] * N},
    }
    nums = [rng.choice((rng.randint(-TOP - 1, 0), rng.randint(N + 1, TOP))) for _ in range(N)]
    yield {
        "name": "max-out-of-range",
        "description": "maximum size, no value between 1 and n",
        "tags": ["max-size", "negatives", "random"],
        "input": {"nums": nums},
    }
    nums = [rng.randint(-N, 2 * N) for _ in range(N)]
    yield {
        "name": "max-random",
        "description": "maximum size, random values around the range 1..n",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"nums": nums},
    }


def sized(n, seed):
    """One input of size n, the same for every seed: every value from 1 to n present,
    forming a single long cycle of placements (the answer is n + 1)."""
    return {"nums": [v + 1 for v in range(1, n)] + [1]}
