"""Seeded random tests, and sized inputs, for whole-number-square-root."""

import random

TOP = 10**18


def generate():
    rng = random.Random(20261302)
    for k in range(4):
        yield {
            "name": f"random-large-{k + 1}",
            "description": "a random large number",
            "tags": ["random", "max-size"] if k < 2 else ["random"],
            "input": {"x": rng.randint(TOP // 10, TOP)},
        }
    for k in range(3):
        r = rng.randint(10**6, 10**9)
        yield {
            "name": f"random-near-square-{k + 1}",
            "description": "a random number one below a perfect square",
            "tags": ["random"],
            "input": {"x": r * r - 1},
        }
    for k in range(3):
        yield {
            "name": f"random-small-{k + 1}",
            "description": "a random small number",
            "tags": ["random"],
            "input": {"x": rng.randint(0, 10**6)},
        }


def sized(n, seed):
    """One input of size n: x = n itself (the size of a number-only input is its value)."""
    return {"x": n}
