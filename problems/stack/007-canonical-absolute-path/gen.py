"""Seeded random and max-size tests, and sized inputs, for canonical-absolute-path.

Every path starts with "/" and holds at most 100000 characters.
"""

import random

N = 100_000
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"


def _name(rng: random.Random, longest: int) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, longest)))


def _random_path(rng: random.Random, budget: int, weights: tuple[int, int, int, int, int],
                 longest: int) -> str:
    """Pieces drawn by weight: name, dot-only name ("..." or longer), ".", "..", empty."""
    out = [""]
    used = 0
    while True:
        kind = rng.choices(range(5), weights)[0]
        if kind == 0:
            piece = _name(rng, longest)
        elif kind == 1:
            piece = "." * rng.randint(3, 5)
        elif kind == 2:
            piece = "."
        elif kind == 3:
            piece = ".."
        else:
            piece = ""
        if used + len(piece) + 1 > budget:
            break
        out.append(piece)
        used += len(piece) + 1
    path = "/".join(out)
    return path if path else "/"


def _fill(unit: str, budget: int = N) -> str:
    return unit * (budget // len(unit))


def generate():
    rng = random.Random(20261207)
    for k in range(5):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "short random path mixing names, dots, steps up and extra slashes",
            "tags": ["random", "letters"],
            "input": {"path": _random_path(rng, rng.randint(10, 60), (4, 1, 2, 3, 1), 3)},
        }
    yield {
        "name": "random-medium",
        "description": "medium random path",
        "tags": ["random", "letters"],
        "input": {"path": _random_path(rng, 3000, (5, 1, 2, 3, 1), 4)},
    }
    names = [rng.choice(LETTERS) for _ in range(N // 2)]
    yield {
        "name": "max-many-names",
        "description": "maximum length, tens of thousands of one-letter names and nothing else",
        "tags": ["max-size", "deep", "letters"],
        "input": {"path": "/" + "/".join(names)[: N - 1]},
    }
    down = "/d" * 33_334
    yield {
        "name": "max-descend-then-climb",
        "description": "maximum length, a very deep descent followed by many steps up",
        "tags": ["max-size", "deep"],
        "input": {"path": (down + "/.." * ((N - len(down)) // 3))},
    }
    names = [rng.choice(LETTERS) for _ in range(N // 5)]
    yield {
        "name": "max-climb-back-to-root",
        "description": "maximum length, a deep descent and then exactly as many steps up, back to the root",
        "tags": ["max-size", "deep", "whole-input"],
        "input": {"path": "".join("/" + c for c in names) + "/.." * (N // 5)},
        "expected": "/",
    }
    yield {
        "name": "max-dot-names",
        "description": "maximum length, names made only of dots, a few cancelled by steps up",
        "tags": ["max-size", "letters", "overlap"],
        "input": {"path": _fill("/.../..../...../../...")},
    }
    yield {
        "name": "max-random-mix",
        "description": "maximum length, random mix of names, dots, steps up and extra slashes",
        "tags": ["max-size", "random", "letters"],
        "input": {"path": _random_path(rng, N, (10, 2, 2, 3, 2), 3)},
    }
    yield {
        "name": "max-above-root",
        "description": "maximum length, every piece tries to go above the root",
        "tags": ["max-size", "all-equal", "boundary"],
        "input": {"path": _fill("/..")},
    }
    yield {
        "name": "max-slashes-and-current",
        "description": "maximum length, only slashes and current-directory pieces",
        "tags": ["max-size", "empty"],
        "input": {"path": _fill("/./")},
    }
    yield {
        "name": "max-one-long-name",
        "description": "maximum length, a single very long name followed by a trailing slash",
        "tags": ["max-size", "single", "letters"],
        "input": {"path": "/" + "".join(rng.choice(LETTERS) for _ in range(N - 2)) + "/"},
    }
    yield {
        "name": "max-sawtooth",
        "description": "maximum length, two names down and one step up, over and over",
        "tags": ["max-size", "deep"],
        "input": {"path": _fill("/p/q/..")},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): one-letter names down to
    about two thirds of the length, then `..` pieces that climb half of them back up, so
    the answer is still deep and a solution that searches the pieces from the start for
    each `..` scans the names every time."""
    rng = random.Random(20261207 + seed)
    names = [rng.choice(LETTERS) for _ in range(n // 3 + 1)]
    ups = [".."] * (len(names) // 2)
    return {"path": "/" + "/".join(names + ups)[: n - 1]}
