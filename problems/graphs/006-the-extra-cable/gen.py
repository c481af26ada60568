"""Seeded random and max-size tests, and sized inputs, for the-extra-cable."""

import random

N = 100_000


def _tree_plus_one(rng, n, shape):
    """A tree on 1..n of the given shape, relabelled at random, plus one extra cable."""
    if shape == "path":
        cables = [[v - 1, v] for v in range(2, n + 1)]
    elif shape == "star":
        cables = [[1, v] for v in range(2, n + 1)]
    else:
        cables = [[rng.randint(max(1, v - 50), v - 1), v] for v in range(2, n + 1)]
    present = {(min(a, b), max(a, b)) for a, b in cables}
    while True:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b and (min(a, b), max(a, b)) not in present:
            return cables, [a, b]


def _relabel(rng, n, cables):
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    return [[labels[a - 1], labels[b - 1]] for a, b in cables]


def generate():
    rng = random.Random(6062026)
    for k in range(5):
        n = rng.randint(3, 14)
        tree, extra = _tree_plus_one(rng, n, "random")
        cables = tree + [extra]
        rng.shuffle(cables)
        yield {
            "name": f"random-small-{k + 1}",
            "description": "small random network",
            "tags": ["random"],
            "input": {"cables": _relabel(rng, n, cables)},
        }
    path = [[v, v + 1] for v in range(1, N)]
    yield {
        "name": "max-ring-closed-last",
        "description": "maximum size, every station on the loop, closed by the last cable",
        "tags": ["max-size", "whole-input", "answer-last", "extremes"],
        "input": {"cables": path + [[N, 1]]},
    }
    star = [[N // 2, v] for v in range(1, N + 1) if v != N // 2]
    yield {
        "name": "max-star",
        "description": "maximum size, a hub with every other station, plus one cable between two of them",
        "tags": ["max-size", "extremes"],
        "input": {"cables": star[:-1] + [[1, N]] + star[-1:]},
    }
    tree, extra = _tree_plus_one(rng, N, "random")
    cables = tree[: N // 2] + [extra] + tree[N // 2 :]
    yield {
        "name": "max-bushy-random",
        "description": "maximum size, a random bushy network grown outward, extra cable midway in the list",
        "tags": ["max-size", "random"],
        "input": {"cables": _relabel(rng, N, cables)},
    }
    tree, extra = _tree_plus_one(rng, N, "random")
    cables = tree + [extra]
    rng.shuffle(cables)
    yield {
        "name": "max-shuffled-random",
        "description": "maximum size, a random network listed in random order",
        "tags": ["max-size", "random"],
        "input": {"cables": _relabel(rng, N, cables)},
    }
    first = [[1, 2], [2, 3], [3, 1]] + [[v - 1, v] for v in range(4, N + 1)]
    yield {
        "name": "max-loop-listed-first",
        "description": "maximum size, a small loop listed at the very start and a long chain after it",
        "tags": ["max-size", "answer-first"],
        "input": {"cables": first},
    }


def sized(n, seed):
    """A chain of n stations listed end to end, closed into a loop by the last cable."""
    return {"cables": [[v, v + 1] for v in range(1, n)] + [[n, 1]]}
