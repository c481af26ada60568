"""Seeded random and max-size tests, and sized inputs, for text-from-known-words."""

import random

N = 1000
WORDS = 1000


def _words(rng, count, letters, lo, hi):
    return ["".join(rng.choice(letters) for _ in range(rng.randint(lo, hi))) for _ in range(count)]


def _built(rng, words, n):
    """A text of exactly n letters glued from the words, the last one cut to fit."""
    out = ""
    while len(out) < n:
        out += rng.choice(words)
    return out[:n]


def generate():
    rng = random.Random(7)
    for n in (15, 60, 200):
        words = _words(rng, 8, "ab", 1, 4)
        yield {
            "name": f"random-{n}",
            "description": "a random text of modest length over two letters and a few short words",
            "tags": ["random"],
            "input": {"text": "".join(rng.choice("ab") for _ in range(n)), "words": words},
        }
    yield {
        "name": "max-one-letter-short",
        "description": "longest text, one letter over and over with one stray letter at the end",
        "tags": ["max-size", "no-answer", "answer-last"],
        "input": {"text": "a" * (N - 1) + "b", "words": ["a" * k for k in range(1, 21)]},
    }
    yield {
        "name": "max-one-letter-fits",
        "description": "longest text of one letter, words of every length up to twenty",
        "tags": ["max-size", "all-equal"],
        "input": {"text": "a" * N, "words": ["a" * k for k in range(2, 21)] + ["b"]},
    }
    pieces = ["ab", "aba", "ba", "bab", "abab", "b"]
    yield {
        "name": "max-stray-first",
        "description": "longest text, overlapping two-letter words, one stray letter at the start",
        "tags": ["max-size", "no-answer", "answer-first"],
        "input": {"text": "c" + _built(rng, pieces[:5], N - 1), "words": pieces[:5] + ["a"]},
    }
    yield {
        "name": "max-stray-last",
        "description": "longest text, overlapping two-letter words, one stray letter at the end",
        "tags": ["max-size", "no-answer", "answer-last"],
        "input": {"text": _built(rng, pieces[:5], N - 1) + "c", "words": pieces},
    }
    book = _words(rng, WORDS, "abcdefghijklmnopqrstuvwxyz", 1, 20)
    yield {
        "name": "max-big-code-book",
        "description": "longest text glued from words of a code book of the largest size, the last word cut short",
        "tags": ["max-size", "random"],
        "input": {"text": _built(rng, book[:50], N), "words": book},
    }
    small = _words(rng, WORDS, "ab", 3, 20)
    yield {
        "name": "max-big-book-two-letters",
        "description": "longest text over two letters, the largest code book of words over the same letters",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"text": "".join(rng.choice("ab") for _ in range(N)), "words": small},
    }
    decoys = sorted({w for w in _words(rng, 3 * WORDS, "bcdefghijklmnopqrstuvwxyz", 1, 20)})[: WORDS - 1]
    yield {
        "name": "max-one-letter-many-decoys",
        "description": "longest text of one letter that only the one-letter word tiles, the largest code book",
        "tags": ["max-size", "all-equal"],
        "input": {"text": "a" * N, "words": decoys + ["a"]},
    }


def sized(n, seed):
    """A text of n letters `a` ending in `b`, words `a` .. twenty `a`s: every position is
    reachable, so every position tries every word length before the text fails."""
    return {"text": "a" * (n - 1) + "b", "words": ["a" * k for k in range(1, min(20, n) + 1)]}
