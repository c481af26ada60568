"""Seeded random and max-size tests, and sized inputs, for where-the-loop-closes."""

import random

N = 100_000
LIMIT = 10**9


def _loop(values, at):
    return {"head": {"values": values, "cycle_at": at}}


def generate():
    rng = random.Random(20261306)
    for j in range(6):
        n = rng.randint(3, 50)
        at = -1 if j % 3 == 0 else rng.randint(0, n - 1)
        yield {
            "name": f"random-small-{j + 1}",
            "description": "small random list with repeated values" + (", no loop" if at < 0 else ", a loop"),
            "tags": ["random", "duplicates"] + (["no-answer"] if at < 0 else []),
            "input": _loop([rng.randint(-3, 3) for _ in range(n)], at),
        }
    values = [rng.randint(-LIMIT, LIMIT) for _ in range(N - 2)] + [LIMIT, -LIMIT]
    rng.shuffle(values)
    yield {
        "name": "max-no-loop",
        "description": "maximum size, random values over the whole range, no loop",
        "tags": ["max-size", "random", "extremes", "no-answer"],
        "input": _loop(values, -1),
    }
    yield {
        "name": "max-loop-to-head",
        "description": "maximum size, the last node links back to the head",
        "tags": ["max-size", "answer-first", "whole-input"],
        "input": _loop([rng.randint(-LIMIT, LIMIT) for _ in range(N)], 0),
    }
    yield {
        "name": "max-self-loop-at-tail",
        "description": "maximum size, the last node links to itself",
        "tags": ["max-size", "answer-last", "sorted"],
        "input": _loop([i - N // 2 for i in range(N)], N - 1),
    }
    yield {
        "name": "max-loop-in-middle",
        "description": "maximum size, few distinct values, the loop closes near the middle",
        "tags": ["max-size", "duplicates"],
        "input": _loop([rng.randint(0, 3) for _ in range(N)], N // 2 - 1234),
    }
    yield {
        "name": "max-all-equal-no-loop",
        "description": "maximum size, every value equal, no loop",
        "tags": ["max-size", "all-equal", "no-answer"],
        "input": _loop([-8] * N, -1),
    }
    yield {
        "name": "max-all-equal-short-loop",
        "description": "maximum size, every value equal, a long lead-in and a short loop at the end",
        "tags": ["max-size", "all-equal"],
        "input": _loop([8] * N, N - 7),
    }


def sized(n, seed):
    """One input of n nodes, the same for the same (n, seed): random values and a loop that
    closes on a random node of the first half, so every node is walked through."""
    rng = random.Random(20261306 + seed)
    return _loop([rng.randint(-LIMIT, LIMIT) for _ in range(n)], rng.randint(0, max(0, n // 2 - 1)))
