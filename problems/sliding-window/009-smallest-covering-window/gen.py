"""Seeded random and max-size tests, and sized inputs, for smallest-covering-window."""

import random
import string

N = 100_000
LETTERS = string.ascii_letters


def _text(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate():
    rng = random.Random(20261204)
    for k in range(4):
        s = _text(rng, rng.randint(10, 60), "abcdE")
        t = _text(rng, rng.randint(1, 6), "abcdEf" if k == 3 else "abcdE")
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random strings over a few letters",
            "tags": ["random", "duplicates", "letters"],
            "input": {"s": s, "t": t},
        }
    s = _text(rng, N, LETTERS)
    yield {
        "name": "max-random-short-t",
        "description": "maximum size, random letters, t is a few random letters",
        "tags": ["max-size", "random", "letters"],
        "input": {"s": s, "t": _text(rng, 6, LETTERS)},
    }
    yield {
        "name": "max-random-long-t",
        "description": "maximum size, random letters, t is long",
        "tags": ["max-size", "random", "letters", "duplicates"],
        "input": {"s": s, "t": _text(rng, 20_000, LETTERS)},
    }
    no_z = _text(rng, N, LETTERS.replace("Z", ""))
    yield {
        "name": "max-no-answer",
        "description": "maximum size, one letter of t never occurs in s",
        "tags": ["max-size", "no-answer", "random", "letters"],
        "input": {"s": no_z, "t": "aZ"},
    }
    half = N // 2
    yield {
        "name": "max-two-halves",
        "description": "maximum size, two long blocks, the answer straddles their border",
        "tags": ["max-size", "sorted", "duplicates"],
        "input": {"s": "a" * half + "b" * (N - half), "t": "ba"},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, all letters equal, many windows tie",
        "tags": ["max-size", "all-equal", "ties", "answer-first"],
        "input": {"s": "q" * N, "t": "q" * half},
    }
    letters = list(s)
    rng.shuffle(letters)
    yield {
        "name": "max-whole-string",
        "description": "maximum size, t is a rearrangement of s",
        "tags": ["max-size", "whole-input", "boundary", "letters"],
        "input": {"s": s, "t": "".join(letters)},
    }


def sized(n, seed):
    """One input of size n (s), the same for the same (n, seed): random letters, t a
    rearrangement of the middle half of s, so every covering window is long."""
    rng = random.Random(20261204 + seed)
    s = _text(rng, n, LETTERS)
    letters = list(s[n // 4 : n // 4 + max(1, n // 2)])
    rng.shuffle(letters)
    return {"s": s, "t": "".join(letters)}
