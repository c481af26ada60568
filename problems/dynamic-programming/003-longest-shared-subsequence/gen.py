"""Seeded random and max-size tests, and sized inputs, for longest-shared-subsequence."""

import random
import string

N = 200


def _word(rng, n, letters):
    return "".join(rng.choice(letters) for _ in range(n))


def generate():
    rng = random.Random(3)
    for n in (10, 40, 120):
        yield {
            "name": f"random-{n}",
            "description": "random strings of modest length over a few letters",
            "tags": ["random"],
            "input": {"first": _word(rng, n, "abcd"), "second": _word(rng, n + 7, "abcd")},
        }
    yield {
        "name": "max-random-alphabet",
        "description": "two strings of the largest length, random over the whole alphabet",
        "tags": ["max-size", "random"],
        "input": {"first": _word(rng, N, string.ascii_lowercase), "second": _word(rng, N, string.ascii_lowercase)},
    }
    yield {
        "name": "max-random-two-letters",
        "description": "two strings of the largest length over only two letters",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"first": _word(rng, N, "ab"), "second": _word(rng, N, "ab")},
    }
    same = _word(rng, N, string.ascii_lowercase)
    yield {
        "name": "max-identical",
        "description": "two identical strings of the largest length",
        "tags": ["max-size", "whole-input"],
        "input": {"first": same, "second": same},
    }
    yield {
        "name": "max-disjoint",
        "description": "two strings of the largest length with no letter in common",
        "tags": ["max-size", "no-answer"],
        "input": {"first": _word(rng, N, "abcdefghijklm"), "second": _word(rng, N, "nopqrstuvwxyz")},
    }
    yield {
        "name": "max-against-empty",
        "description": "a string of the largest length against an empty one",
        "tags": ["empty", "boundary"],
        "input": {"first": "", "second": _word(rng, N, "xyz")},
    }


def sized(n, seed):
    """Two random strings of length n over four letters: the whole table is filled."""
    rng = random.Random(9000 + seed)
    return {"first": _word(rng, n, "acgt"), "second": _word(rng, n, "acgt")}
