"""Seeded random and max-size tests, and sized inputs, for group-by-letter-signature.

Max-size tests hold 10,000 words of at most 12 letters, so no output exceeds about
150 KB of JSON.
"""

import random
import string

N = 10_000
LETTERS = string.ascii_lowercase


def _word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _rearranged(rng: random.Random, word: str) -> str:
    chars = list(word)
    rng.shuffle(chars)
    return "".join(chars)


def _distinct_signatures(rng: random.Random, count: int, length: int) -> list[str]:
    words, keys = [], set()
    while len(words) < count:
        word = _word(rng, length)
        key = "".join(sorted(word))
        if key not in keys:
            keys.add(key)
            words.append(word)
    return words


def _groups_of(rng: random.Random, groups: int, size: int, length: int) -> list[str]:
    words = [_rearranged(rng, w) for w in _distinct_signatures(rng, groups, length) for _ in range(size)]
    rng.shuffle(words)
    return words


def generate():
    rng = random.Random(20260304)
    for t in range(4):
        n = rng.randint(10, 40)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random list of short words over a few letters",
            "tags": ["random", "duplicates"],
            "input": {"words": [_word(rng, rng.randint(0, 4), "abc") for _ in range(n)]},
        }
    yield {
        "name": "max-random-words",
        "description": "maximum size, random words, almost every signature different",
        "tags": ["max-size", "random"],
        "input": {"words": [_word(rng, rng.randint(1, 12)) for _ in range(N)]},
    }
    yield {
        "name": "max-pairs",
        "description": "maximum size, every group holds exactly two words",
        "tags": ["max-size", "duplicates"],
        "input": {"words": _groups_of(rng, N // 2, 2, 8)},
    }
    yield {
        "name": "max-ten-per-group",
        "description": "maximum size, a thousand groups of ten words each",
        "tags": ["max-size", "duplicates"],
        "input": {"words": _groups_of(rng, N // 10, 10, 12)},
    }
    base = "signaturesxy"
    yield {
        "name": "max-one-group",
        "description": "maximum size, every word shares a single signature",
        "tags": ["max-size", "whole-input"],
        "input": {"words": [_rearranged(rng, base) for _ in range(N)]},
    }
    yield {
        "name": "max-short-words",
        "description": "maximum size, very short words with many repeats",
        "tags": ["max-size", "duplicates"],
        "input": {"words": [_word(rng, rng.randint(0, 2)) for _ in range(N)]},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): n twelve-letter words with
    pairwise different signatures, so every group holds a single word."""
    rng = random.Random(20260304 + seed)
    return {"words": _distinct_signatures(rng, n, 12)}
