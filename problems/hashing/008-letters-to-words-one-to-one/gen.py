"""Seeded random and max-size tests, and sized inputs, for letters-to-words-one-to-one."""

import random
import string

N = 100_000
LETTERS = string.ascii_lowercase


def _distinct_words(rng: random.Random, count: int, lo: int, hi: int) -> list[str]:
    found: set[str] = set()
    while len(found) < count:
        found.add("".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi))))
    return sorted(found)


def _pairing(rng: random.Random, lo: int = 1, hi: int = 10) -> dict[str, str]:
    words = _distinct_words(rng, 26, lo, hi)
    rng.shuffle(words)
    return dict(zip(LETTERS, words, strict=True))


def _late_pattern(rng: random.Random) -> list[str]:
    """Letters a..x throughout, y first seen at the middle, z unused."""
    half = N // 2
    first = [rng.choice(LETTERS[:24]) for _ in range(half)]
    second = ["y"] + [rng.choice(LETTERS[:25]) for _ in range(N - half - 1)]
    return first + second


def generate():
    rng = random.Random(20261208)
    for t in range(4):
        n = rng.randint(10, 60)
        alphabet = LETTERS[: rng.randint(1, 6)]
        pattern = "".join(rng.choice(alphabet) for _ in range(n))
        pairing = _pairing(rng, 1, 2)
        words = [pairing[ch] for ch in pattern]
        if t % 2 == 1:
            words[rng.randrange(n)] = rng.choice(list(pairing.values())[:6])
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random pattern over a few letters",
            "tags": ["random"],
            "input": {"pattern": pattern, "words": words},
        }

    pairing = _pairing(rng)
    pattern = "".join(rng.choice(LETTERS) for _ in range(N))
    yield {
        "name": "max-random-follows",
        "description": "maximum size, all 26 letters in random order, the words follow the pattern",
        "tags": ["max-size", "random"],
        "input": {"pattern": pattern, "words": [pairing[ch] for ch in pattern]},
    }
    yield {
        "name": "max-one-letter",
        "description": "maximum size, a single letter and a single word throughout",
        "tags": ["max-size", "all-equal"],
        "input": {"pattern": "k" * N, "words": ["same"] * N},
    }
    pairing = _pairing(rng)
    letters = _late_pattern(rng)
    words = [pairing[ch] for ch in letters]
    letters[-1] = "z"  # a new letter at the end ...
    words[-1] = pairing["y"]  # ... that reuses the word of a letter first seen at the middle
    yield {
        "name": "max-shared-word-at-end",
        "description": "maximum size, a new letter at the last position meets a word already taken",
        "tags": ["max-size", "no-answer", "answer-last"],
        "input": {"pattern": "".join(letters), "words": words},
    }
    pairing = _pairing(rng)
    letters = _late_pattern(rng)
    words = [pairing[ch] for ch in letters]
    letters[-1] = "y"
    words[-1] = pairing["z"]  # a letter first seen at the middle meets a second word
    yield {
        "name": "max-second-word-at-end",
        "description": "maximum size, a letter meets a second word at the last position",
        "tags": ["max-size", "no-answer", "answer-last"],
        "input": {"pattern": "".join(letters), "words": words},
    }
    pairing = _pairing(rng, 10, 10)
    pattern = "".join(rng.choice(LETTERS) for _ in range(N))
    yield {
        "name": "max-long-words-one-word-short",
        "description": "maximum size, ten-letter words that follow the pattern, one word short",
        "tags": ["max-size", "no-answer", "boundary"],
        "input": {"pattern": pattern, "words": [pairing[ch] for ch in pattern[:-1]]},
    }
    yield {
        "name": "max-long-words-follows",
        "description": "maximum size, ten-letter words that follow the pattern",
        "tags": ["max-size", "boundary"],
        "input": {"pattern": pattern, "words": [pairing[ch] for ch in pattern]},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): n random letters and the
    ten-letter words that follow them, so the answer is true only after the last pair."""
    rng = random.Random(20261208 + seed)
    pairing = _pairing(rng, 10, 10)
    pattern = "".join(rng.choice(LETTERS) for _ in range(n))
    return {"pattern": pattern, "words": [pairing[ch] for ch in pattern]}
