"""Seeded random and max-size tests, and sized inputs, for anagram-start-positions."""

import random
import string

N = 100_000
LETTERS = string.ascii_lowercase


def _word(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffled(rng: random.Random, word: str) -> str:
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


def generate():
    rng = random.Random(20261215)
    for i, alphabet in enumerate(("ab", "abc", "abcd", LETTERS)):
        s = _word(rng, alphabet, rng.randint(10, 60))
        m = rng.randint(1, 6)
        start = rng.randint(0, len(s) - m)
        yield {
            "name": f"random-small-{i + 1}",
            "description": "small random text, the word is a scrambled piece of it",
            "tags": ["random", "duplicates", "overlap"],
            "input": {"s": s, "p": _shuffled(rng, s[start:start + m])},
        }
    block = _word(rng, LETTERS, N // 2)
    yield {
        "name": "max-periodic-half",
        "description": "maximum size, long word, every position starts an anagram",
        "tags": ["max-size", "overlap", "answer-first", "answer-last"],
        "input": {"s": block * 2, "p": _shuffled(rng, block)},
    }
    s = _word(rng, "abc", N)
    yield {
        "name": "max-random-half",
        "description": "maximum size, random text over three letters, the word is half as long",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"s": s, "p": _shuffled(rng, s[1000:1000 + N // 2])},
    }
    yield {
        "name": "max-all-same-half",
        "description": "maximum size, a single letter everywhere, the word is half as long",
        "tags": ["max-size", "all-equal", "overlap"],
        "input": {"s": "a" * N, "p": "a" * (N // 2)},
    }
    s = _word(rng, LETTERS, N)
    yield {
        "name": "max-long-word-no-match",
        "description": "maximum size, long word, no anagram anywhere",
        "tags": ["max-size", "no-answer", "random"],
        "input": {"s": s, "p": "z" + s[:N // 3]},
    }
    yield {
        "name": "max-short-word",
        "description": "maximum size, a three-letter word over two letters",
        "tags": ["max-size", "random", "overlap"],
        "input": {"s": _word(rng, "ab", N), "p": "aba"},
    }
    s = _word(rng, LETTERS, N)
    yield {
        "name": "max-equal-length",
        "description": "maximum size, the word is as long as the text",
        "tags": ["max-size", "boundary", "whole-input"],
        "input": {"s": s, "p": _shuffled(rng, s)},
    }
    yield {
        "name": "max-word-longer",
        "description": "maximum size word, one letter longer than the text",
        "tags": ["max-size", "boundary", "no-answer"],
        "input": {"s": s[:-1], "p": s},
    }


def sized(n, seed):
    """One input of size n (the text), the same for the same (n, seed): the word is half
    as long and the text repeats it, so every start that fits is an anagram."""
    rng = random.Random(20261215 + seed)
    block = _word(rng, LETTERS, max(1, n // 2))
    return {"s": (block * 3)[:n], "p": _shuffled(rng, block)}
