"""Seeded random and max-size tests, and sized inputs, for nearest-charging-stations.

k is always placed at a cut the statement allows: 0, n, or a k where the k-th nearest
station is strictly nearer than the (k + 1)-th.
"""

import random

N = 100_000
TOP = 10_000


def _dist(p, home):
    return (p[0] - home[0]) ** 2 + (p[1] - home[1]) ** 2


def _cut_near(stations, home, target):
    """The allowed k closest to target (searching downwards first, then upwards)."""
    d = sorted(_dist(p, home) for p in stations)
    n = len(d)
    for delta in range(n + 1):
        for k in (target - delta, target + delta):
            if 0 < k < n and d[k - 1] < d[k]:
                return k
    return n


def _point(rng, lo=-TOP, hi=TOP):
    return [rng.randint(lo, hi), rng.randint(lo, hi)]


def generate():
    rng = random.Random(20261304)
    for t in range(3):
        stations = [_point(rng, -4, 4) for _ in range(rng.randint(6, 30))]
        home = _point(rng, -3, 3)
        yield {
            "name": f"random-small-{t + 1}",
            "description": "small random map with many stations at equal distances",
            "tags": ["random", "duplicates", "ties"],
            "input": {"stations": stations, "home": home, "k": _cut_near(stations, home, len(stations) // 3)},
        }
    stations = [_point(rng) for _ in range(3000)]
    home = _point(rng)
    yield {
        "name": "random-medium",
        "description": "medium random map",
        "tags": ["random"],
        "input": {"stations": stations, "home": home, "k": _cut_near(stations, home, 700)},
    }
    stations = [_point(rng) for _ in range(N - 2)] + [[-TOP, -TOP], [TOP, TOP]]
    home = _point(rng)
    yield {
        "name": "max-random-half",
        "description": "maximum size, random stations over the whole range, half of them asked for",
        "tags": ["max-size", "random", "extremes"],
        "input": {"stations": stations, "home": home, "k": _cut_near(stations, home, N // 2)},
    }
    yield {
        "name": "max-all-stations",
        "description": "maximum size, every station asked for",
        "tags": ["max-size", "whole-input", "boundary", "random"],
        "input": {"stations": [_point(rng) for _ in range(N)], "home": [-TOP, TOP], "k": N},
    }
    # stations on a ray from home, farther and farther: every new one is farther than all
    ray = [[-TOP + i // 10, -TOP + i // 10 + i % 10] for i in range(N)]
    home = [-TOP, -TOP]
    yield {
        "name": "max-moving-away",
        "description": "maximum size, each station farther from home than the one before",
        "tags": ["max-size", "sorted"],
        "input": {"stations": ray, "home": home, "k": _cut_near(ray, home, 70_000)},
    }
    near = list(reversed(ray))
    yield {
        "name": "max-moving-closer",
        "description": "maximum size, each station nearer to home than the one before",
        "tags": ["max-size", "reverse-sorted", "answer-last"],
        "input": {"stations": near, "home": home, "k": _cut_near(near, home, 60_000)},
    }
    crowd = [_point(rng, -5, 5) for _ in range(N)]
    yield {
        "name": "max-crowded-spots",
        "description": "maximum size, stations crowded on a few spots, so many stand together",
        "tags": ["max-size", "duplicates", "ties"],
        "input": {"stations": crowd, "home": [0, 0], "k": _cut_near(crowd, [0, 0], N // 2)},
    }


def sized(n, seed):
    """One input of size n, the same for the same (n, seed): random stations, about half
    of them asked for."""
    rng = random.Random(20261304 + seed)
    stations = [_point(rng) for _ in range(n)]
    home = _point(rng)
    return {"stations": stations, "home": home, "k": _cut_near(stations, home, n // 2)}
