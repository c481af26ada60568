"""Seeded random and max-size tests, and sized inputs, for longest-uniform-after-repaints."""

import random
import string

N = 100_000
LETTERS = string.ascii_uppercase


def _random_fence(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate():
    rng = random.Random(20261214)
    for i, alphabet in enumerate(("AB", "ABC", "ABCDE", LETTERS)):
        n = rng.randint(10, 60)
        yield {
            "name": f"random-small-{i + 1}",
            "description": "small random fence",
            "tags": ["random", "duplicates"],
            "input": {"s": _random_fence(rng, alphabet, n), "k": rng.randint(0, n // 3)},
        }
    yield {
        "name": "max-random-half-budget",
        "description": "maximum size, random colours, k is half the length",
        "tags": ["max-size", "random"],
        "input": {"s": _random_fence(rng, LETTERS, N), "k": N // 2},
    }
    yield {
        "name": "max-all-same-k-zero",
        "description": "maximum size, all boards the same colour, no repaints",
        "tags": ["max-size", "all-equal", "boundary", "whole-input"],
        "input": {"s": "M" * N, "k": 0},
    }
    yield {
        "name": "max-two-colours-third-budget",
        "description": "maximum size, two colours at random, k is a third of the length",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"s": _random_fence(rng, "AB", N), "k": N // 3},
    }
    yield {
        "name": "max-random-small-budget",
        "description": "maximum size, random colours, a small repaint budget",
        "tags": ["max-size", "random"],
        "input": {"s": _random_fence(rng, LETTERS, N), "k": 7},
    }
    runs, colour = [], 0
    while sum(map(len, runs)) < N:
        runs.append(LETTERS[colour % 26] * rng.randint(1, 40))
        colour += rng.randint(1, 25)
    yield {
        "name": "max-runs-k-zero",
        "description": "maximum size, runs of random length, no repaints",
        "tags": ["max-size", "boundary", "duplicates"],
        "input": {"s": "".join(runs)[:N], "k": 0},
    }
    yield {
        "name": "max-k-equals-n",
        "description": "maximum size, k equals the length",
        "tags": ["max-size", "boundary", "whole-input"],
        "input": {"s": _random_fence(rng, LETTERS, N), "k": N},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random colours, k half the
    length."""
    rng = random.Random(20261214 + seed)
    return {"s": _random_fence(rng, LETTERS, n), "k": n // 2}
