"""Seeded random and max-size tests, and sized inputs, for queens-around-broken-squares."""

import random


def _broken(rng, n, share):
    return ["".join("#" if rng.random() < share else "." for _ in range(n)) for _ in range(n)]


def generate():
    rng = random.Random(20261211)
    for t in range(4):
        n = rng.randint(4, 7)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small board with a few random broken squares",
            "tags": ["random"],
            "input": {"board": _broken(rng, n, 0.15)},
        }
    yield {
        "name": "random-eight-many-broken",
        "description": "eight by eight with many broken squares",
        "tags": ["random"],
        "input": {"board": _broken(rng, 8, 0.3)},
    }
    yield {
        "name": "max-open",
        "description": "largest board, no broken squares",
        "tags": ["max-size"],
        "input": {"board": ["." * 11] * 11},
    }
    yield {
        "name": "max-few-broken",
        "description": "largest board, a few broken squares spread at random",
        "tags": ["max-size", "random"],
        "input": {"board": _broken(rng, 11, 0.05)},
    }
    yield {
        "name": "max-broken-diagonal",
        "description": "largest board, the whole main diagonal broken",
        "tags": ["max-size"],
        "input": {"board": ["." * i + "#" + "." * (10 - i) for i in range(11)]},
    }
    yield {
        "name": "max-broken-last-row-but-one",
        "description": "largest board, the last row has a single usable square",
        "tags": ["max-size", "answer-last"],
        "input": {"board": ["." * 11] * 10 + ["#" * 10 + "."]},
    }


def sized(n, seed):
    """An n by n board with about one square in twenty broken at random."""
    rng = random.Random(17000 + seed)
    return {"board": _broken(rng, n, 0.05)}
