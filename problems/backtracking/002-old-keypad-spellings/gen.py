"""Seeded random and max-size tests, and sized inputs, for old-keypad-spellings."""

import random

LETTERED = "23456789"


def _mixed(rng, lettered, plain, keys=LETTERED):
    chars = [rng.choice(keys) for _ in range(lettered)] + [rng.choice("01") for _ in range(plain)]
    rng.shuffle(chars)
    return "".join(chars)


def generate():
    rng = random.Random(20261204)
    for t in range(4):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random keys, some of them 0 or 1",
            "tags": ["random"],
            "input": {"digits": _mixed(rng, rng.randint(1, 4), rng.randint(0, 2))},
        }
    yield {
        "name": "random-six-keys",
        "description": "six random lettered keys",
        "tags": ["random", "duplicates"],
        "input": {"digits": _mixed(rng, 6, 0)},
    }
    yield {
        "name": "max-four-letter-keys",
        "description": "maximum size: eight four-letter keys mixed with four keys without letters",
        "tags": ["max-size", "duplicates"],
        "input": {"digits": _mixed(rng, 8, 4, "79")},
    }
    yield {
        "name": "max-nines-then-ones",
        "description": "maximum size: one four-letter key eight times, then keys without letters",
        "tags": ["max-size", "all-equal", "duplicates"],
        "input": {"digits": "99999999" + "1111"},
    }
    yield {
        "name": "max-every-lettered-key",
        "description": "maximum size: every lettered key once, and keys without letters at the front",
        "tags": ["max-size", "distinct"],
        "input": {"digits": "0000" + "23456789"},
    }


def sized(n, seed):
    """n keys: up to eight four-letter keys (7 or 9), the rest 0 or 1, shuffled."""
    rng = random.Random(7000 + seed)
    lettered = min(n, 8)
    return {"digits": _mixed(rng, lettered, n - lettered, "79")}
