"""Seeded random and max-size tests, and sized inputs, for note-from-letter-pool."""

import random
import string

N = 100_000
LETTERS = string.ascii_lowercase


def _word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffled(rng: random.Random, text: str) -> str:
    chars = list(text)
    rng.shuffle(chars)
    return "".join(chars)


def generate():
    rng = random.Random(20260303)
    for t in range(4):
        pool = _word(rng, rng.randint(10, 40), "abcde")
        note = _word(rng, rng.randint(0, 30), "abcde")
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random strings over a few letters",
            "tags": ["random"],
            "input": {"note": note, "pool": pool},
        }
    pool = _word(rng, N)
    yield {
        "name": "max-random-fits",
        "description": "maximum size, random pool, the note is a random part of it",
        "tags": ["max-size", "random"],
        "input": {"note": _shuffled(rng, pool)[: 3 * N // 5], "pool": pool},
    }
    half = N // 2
    yield {
        "name": "max-single-letter",
        "description": "maximum size, a single letter repeated in both strings",
        "tags": ["max-size", "all-equal"],
        "input": {"note": "a" * half, "pool": "a" * N},
    }
    yield {
        "name": "max-needed-letters-last",
        "description": "maximum size, the letters the note needs all sit at the end of the pool",
        "tags": ["max-size", "answer-last"],
        "input": {"note": "a" * half, "pool": _word(rng, N - half, LETTERS[1:]) + "a" * half},
    }
    pool = _word(rng, N)
    note = list(_shuffled(rng, pool))
    note[-1] = "e" if note[-1] != "e" else "f"
    yield {
        "name": "max-one-copy-short",
        "description": "maximum size, same length, the note needs one copy more of one letter",
        "tags": ["max-size", "boundary", "no-answer"],
        "input": {"note": "".join(note), "pool": pool},
    }
    pool = _word(rng, N, LETTERS.replace("q", ""))
    yield {
        "name": "max-letter-absent",
        "description": "maximum size, the last letter of the note never occurs in the pool",
        "tags": ["max-size", "answer-last", "no-answer"],
        "input": {"note": pool[: N - 1] + "q", "pool": pool},
    }


def sized(n, seed):
    """One input of size n (the pool), the same for the same (n, seed): the note is half
    as long and needs only the letter that fills the second half of the pool."""
    rng = random.Random(20260303 + seed)
    half = n // 2
    return {"note": "a" * half, "pool": _word(rng, n - half, LETTERS[1:]) + "a" * half}
