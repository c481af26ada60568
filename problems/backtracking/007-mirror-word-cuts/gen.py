"""Seeded random and max-size tests, and sized inputs, for mirror-word-cuts.

Every test keeps the answer at 20,000 ways or fewer; at 24 letters there are 2^23 ways to
place cuts, so testing every placement is far too slow."""

import random
import string


def generate():
    rng = random.Random(20261209)
    for t in range(5):
        n = rng.randint(5, 12)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a short random string over two or three letters",
            "tags": ["random", "duplicates"],
            "input": {"s": "".join(rng.choice("abc"[: rng.randint(2, 3)]) for _ in range(n))},
        }
    yield {
        "name": "max-mirrored-blocks",
        "description": "maximum length, mirror words nested and overlapping everywhere",
        "tags": ["max-size", "overlap", "duplicates"],
        "input": {"s": "abba" * 6},
    }
    yield {
        "name": "max-three-letters",
        "description": "maximum length, random-looking string over three letters with many short mirror words",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"s": "bccbbbacababbbccccaabaaa"},
    }
    yield {
        "name": "max-long-run-then-distinct",
        "description": "maximum length, a long run of one letter followed by different letters",
        "tags": ["max-size", "duplicates", "answer-first"],
        "input": {"s": "a" * 15 + "bcdefghij"},
    }
    yield {
        "name": "max-all-letters-different",
        "description": "maximum length, every letter different: only single letters are mirror words",
        "tags": ["max-size", "distinct"],
        "input": {"s": "".join(rng.sample(string.ascii_lowercase, 24))},
    }
    yield {
        "name": "max-nested-pattern",
        "description": "maximum length, mirror words of many lengths nested inside each other",
        "tags": ["max-size", "overlap", "duplicates"],
        "input": {"s": "abacabadabacabaeabacabaf"},
    }


def sized(n, seed):
    """n letters: the block "abba" repeated (the last one cut short), a shape full of
    overlapping mirror words (19,850 ways at 24 letters)."""
    return {"s": ("abba" * (n // 4 + 1))[:n]}
