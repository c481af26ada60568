"""Seeded random and max-size tests, and sized inputs, for self-contained-log-pieces.

Max-size tests hold 100000 letters. Testing every cut point by comparing the letters on
both sides is about n^2 = 10^10 character steps on any of them.
"""

import random
import string

N = 100_000
LETTERS = string.ascii_lowercase


def _blocks(rng, n):
    """26 runs of one letter each, lengths random, with a few stray copies of each
    letter inside its own run's neighbourhood kept inside the run."""
    cuts = sorted(rng.sample(range(1, n), 25))
    bounds = [0] + cuts + [n]
    letters = list(LETTERS)
    rng.shuffle(letters)
    return "".join(letters[k] * (bounds[k + 1] - bounds[k]) for k in range(26))


def generate():
    rng = random.Random(20261203)
    for t in range(4):
        n = rng.randint(6, 14)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a short log over a few machines",
            "tags": ["random", "duplicates"],
            "input": {"s": "".join(rng.choice("abcde") for _ in range(n))},
        }
    parts = []
    for k in range(26):
        letter = LETTERS[k]
        other = LETTERS[(k + 1) % 26] if k % 3 == 0 else letter
        body = [rng.choice([letter, other]) for _ in range(rng.randint(20, 200))]
        parts.append(letter + "".join(body) + letter)
    yield {
        "name": "random-medium",
        "description": "a few thousand letters in runs that sometimes interleave",
        "tags": ["random", "duplicates"],
        "input": {"s": "".join(parts)},
    }
    yield {
        "name": "max-all-same",
        "description": "maximum size, a single machine",
        "tags": ["max-size", "all-equal", "whole-input"],
        "input": {"s": "q" * N},
    }
    yield {
        "name": "max-26-runs",
        "description": "maximum size, every machine in one run of its own",
        "tags": ["max-size", "letters"],
        "input": {"s": _blocks(rng, N)},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random letters",
        "tags": ["max-size", "random", "whole-input"],
        "input": {"s": "".join(rng.choice(LETTERS) for _ in range(N))},
    }
    body = "".join(rng.choice(LETTERS[1:25]) for _ in range(N - 2))
    yield {
        "name": "max-ends-apart",
        "description": "maximum size, a machine seen only at the very start and one only at the very end",
        "tags": ["max-size", "answer-first", "answer-last"],
        "input": {"s": "a" + body + "z"},
    }


def sized(n, seed):
    """n letters in up to 26 single-letter runs: a cut check at every position."""
    rng = random.Random(1000 + seed)
    if n < 30:
        return {"s": "".join(LETTERS[i % 26] for i in range(n))}
    return {"s": _blocks(rng, n)}
