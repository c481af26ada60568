"""Seeded random and max-size tests, and sized inputs, for palindrome-after-one-deletion."""

import random

N = 100_000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(rng: random.Random, n: int, letters: str = LETTERS) -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def _palindrome(rng: random.Random, n: int, letters: str = LETTERS) -> str:
    half = _word(rng, n // 2, letters)
    middle = rng.choice(letters) if n % 2 else ""
    return half + middle + half[::-1]


def _insert(s: str, pos: int, ch: str) -> str:
    return s[:pos] + ch + s[pos:]


def generate():
    rng = random.Random(20261207)
    for k in range(3):
        base = _palindrome(rng, rng.randint(10, 40), "ab")
        yield {
            "name": f"random-small-fixable-{k + 1}",
            "description": "small palindrome over two letters with one extra letter inserted",
            "tags": ["random", "duplicates"],
            "input": {"s": _insert(base, rng.randint(0, len(base)), rng.choice("ab"))},
        }
    for k in range(2):
        base = list(_palindrome(rng, rng.randint(10, 40), "ab"))
        i = rng.randrange(len(base) // 2)
        base[i] = "c"
        yield {
            "name": f"random-small-changed-{k + 1}",
            "description": "small palindrome over two letters with one letter replaced",
            "tags": ["random", "duplicates"],
            "input": {"s": "".join(base)},
        }
    half = N // 2 - 1
    yield {
        "name": "max-bump-near-middle",
        "description": "maximum size, one letter differs from all the others, just left of the middle",
        "tags": ["max-size", "duplicates"],
        "input": {"s": "a" * half + "b" + "a" * (N - half - 1)},
    }
    side = (N - 3) // 2
    yield {
        "name": "max-block-in-middle",
        "description": "maximum size, three different letters in the middle of one repeated letter",
        "tags": ["max-size", "no-answer", "duplicates"],
        "input": {"s": "a" * side + "bcd" + "a" * side},
    }
    yield {
        "name": "max-random",
        "description": "maximum size, random letters",
        "tags": ["max-size", "random", "no-answer"],
        "input": {"s": _word(rng, N)},
    }
    yield {
        "name": "max-palindrome",
        "description": "maximum size, already a palindrome",
        "tags": ["max-size", "random", "whole-input"],
        "input": {"s": _palindrome(rng, N)},
    }
    base = _palindrome(rng, N - 1, "ab")
    yield {
        "name": "max-extra-letter-right",
        "description": "maximum size, a palindrome with one extra letter close to the right end",
        "tags": ["max-size", "answer-last", "duplicates"],
        "input": {"s": _insert(base, N - 1 - 3, "b" if base[N - 1 - 3] == "a" else "a")},
    }
    base = _palindrome(rng, N - 1, "xy")
    yield {
        "name": "max-extra-letter-left",
        "description": "maximum size, a palindrome with one extra letter left of the middle",
        "tags": ["max-size", "duplicates"],
        "input": {"s": _insert(base, N // 2 - 100, "z")},
    }
    outer = _word(rng, (N - 5) // 2)
    yield {
        "name": "max-trap-in-middle",
        "description": "maximum size, a mismatch deep inside that looks fixable from both sides",
        "tags": ["max-size", "ties", "random"],
        "input": {"s": outer + "abbab" + outer[::-1]},
    }
    base = list(_palindrome(rng, N))
    for i in (N // 5, N - 1 - N // 3):
        base[i] = rng.choice([c for c in LETTERS if c != base[i]])
    s = "".join(base)
    yield {
        "name": "max-two-mismatches",
        "description": "maximum size, a palindrome with two letters replaced far apart",
        "tags": ["max-size", "no-answer", "random"],
        "input": {"s": s},
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, every letter the same",
        "tags": ["max-size", "all-equal"],
        "input": {"s": "z" * N},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): one letter repeated, and a
    different letter just left of the middle; deleting it gives a palindrome."""
    rng = random.Random(20261207 + seed)
    common, other = rng.sample(LETTERS, 2)
    left = max(0, n // 2 - 1)
    return {"s": common * left + other + common * (n - left - 1)}
