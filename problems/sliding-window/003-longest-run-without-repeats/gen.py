"""Seeded random and max-size tests, and sized inputs, for longest-run-without-repeats."""

import random

N = 100_000
ASCII = [chr(c) for c in range(0x20, 0x7F)]
# Printable ASCII, then most of the Basic Multilingual Plane and the next plane
# (no control characters, no surrogates): well over 100000 different characters.
POOL = ASCII + [chr(c) for c in range(0xA1, 0xD800)] + [chr(c) for c in range(0xE000, 0xFFFE)] + [
    chr(c) for c in range(0x10000, 0x20000)
]


def _random_text(rng: random.Random, alphabet: list[str], n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate():
    rng = random.Random(20261213)
    for i, alphabet in enumerate(("ab", "abcde", "xyz ,.!", "0123456789")):
        yield {
            "name": f"random-small-{i + 1}",
            "description": "small random string over a few characters",
            "tags": ["random", "duplicates"],
            "input": {"s": _random_text(rng, list(alphabet), rng.randint(10, 60))},
        }
    yield {
        "name": "random-medium-wide",
        "description": "medium random string over a wide alphabet",
        "tags": ["random", "letters", "duplicates"],
        "input": {"s": _random_text(rng, rng.sample(POOL, 300), 3000)},
    }
    yield {
        "name": "max-printable-ascii",
        "description": "maximum size, random printable ASCII",
        "tags": ["max-size", "random", "letters"],
        "input": {"s": _random_text(rng, ASCII, N)},
    }
    yield {
        "name": "max-wide-alphabet",
        "description": "maximum size, random characters from a very wide alphabet",
        "tags": ["max-size", "random", "letters"],
        "input": {"s": _random_text(rng, rng.sample(POOL, 30_000), N)},
    }
    block = "".join(rng.sample(POOL, 5_000))
    yield {
        "name": "max-repeated-block",
        "description": "maximum size, one block of distinct characters repeated over and over",
        "tags": ["max-size", "duplicates", "ties", "letters"],
        "input": {"s": block * (N // len(block))},
    }
    yield {
        "name": "max-all-distinct",
        "description": "maximum size, no character repeats",
        "tags": ["max-size", "distinct", "whole-input", "letters"],
        "input": {"s": "".join(rng.sample(POOL, N))},
    }
    yield {
        "name": "max-all-same",
        "description": "maximum size, one character repeated",
        "tags": ["max-size", "all-equal", "ties"],
        "input": {"s": "q" * N},
    }
    tail = "".join(rng.sample(POOL[200:], 3_000))
    yield {
        "name": "max-best-at-end",
        "description": "maximum size, short repeating pattern, the longest run at the very end",
        "tags": ["max-size", "answer-last", "letters"],
        "input": {"s": "abc" * ((N - len(tail)) // 3) + tail},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): no character repeats, so the
    answer is the whole string."""
    rng = random.Random(20261213 + seed)
    return {"s": "".join(rng.sample(POOL, n))}
