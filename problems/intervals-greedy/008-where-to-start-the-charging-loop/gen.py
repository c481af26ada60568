"""Seeded random and max-size tests, and sized inputs, for where-to-start-the-charging-loop.

Max-size tests hold 100000 stations. In the `late` shapes every early start drives a long
way before it runs flat, so trying the starts one by one is billions of steps.
"""

import random

N = 100_000
TOP = 10_000


def _from_gains(rng, gains):
    """charge/drain with charge - drain == gain at every station."""
    charge, drain = [], []
    for g in gains:
        base = rng.randint(0, TOP - abs(g))
        charge.append(base + max(g, 0))
        drain.append(base + max(-g, 0))
    return {"charge": charge, "drain": drain}


def _late(rng, n, dip):
    """Balanced everywhere except a deficit at station `dip` and a surplus at the last
    station: starts up to `dip` all run flat at `dip`."""
    gains = [0] * n
    if n >= 2:
        gains[dip] = -7
        gains[n - 1] = 7
    return _from_gains(rng, gains)


def generate():
    rng = random.Random(20261208)
    for t in range(4):
        n = rng.randint(3, 9)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few stations with random charge and drain",
            "tags": ["random"],
            "input": {"charge": [rng.randint(0, 6) for _ in range(n)], "drain": [rng.randint(0, 6) for _ in range(n)]},
        }
    gains = [rng.randint(-50, 50) for _ in range(2999)]
    gains.append(-sum(gains) + rng.randint(0, 3) if abs(sum(gains)) < TOP else 0)
    yield {
        "name": "random-medium",
        "description": "a few thousand stations whose total surplus is close to zero",
        "tags": ["random"],
        "input": _from_gains(rng, gains),
    }
    yield {
        "name": "max-late-deficit",
        "description": "maximum size, balanced stations with one deficit near the end; only the last stations work",
        "tags": ["max-size", "answer-last"],
        "input": _late(rng, N, N - 2),
    }
    yield {
        "name": "max-middle-deficit",
        "description": "maximum size, balanced stations with one deficit in the middle",
        "tags": ["max-size"],
        "input": _late(rng, N, N // 2),
    }
    gains = [rng.randint(-3, 3) for _ in range(N)]
    s = sum(gains)
    gains[-1] -= s + 1 if s >= -1 else 0
    data = _from_gains(rng, gains)
    data["charge"][0], data["drain"][0] = TOP, TOP
    data["charge"][1], data["drain"][1] = 0, 0
    yield {
        "name": "max-impossible-by-one",
        "description": "maximum size, the total charge falls one unit short",
        "tags": ["max-size", "no-answer", "random", "extremes"],
        "input": data,
    }
    yield {
        "name": "max-all-balanced",
        "description": "maximum size, every station gives exactly what its leg costs",
        "tags": ["max-size", "all-equal"],
        "input": {"charge": [TOP] * N, "drain": [TOP] * N},
    }


def sized(n, seed):
    """n stations, balanced but for a deficit at n - 2 and a surplus at n - 1."""
    rng = random.Random(1000 + seed)
    return _late(rng, n, max(0, n - 2))
