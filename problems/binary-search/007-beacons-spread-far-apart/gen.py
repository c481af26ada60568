"""Seeded random and max-size tests, and sized inputs, for beacons-spread-far-apart."""

import random

N = 100_000
B = 10**9


def generate():
    rng = random.Random(20261307)
    for k in range(5):
        sites = rng.sample(range(0, 200), rng.randint(2, 30))
        yield {
            "name": f"random-small-{k + 1}",
            "description": "a few random sites, a random number of beacons",
            "tags": ["random"],
            "input": {"sites": sites, "k": rng.randint(2, len(sites))},
        }
    sites = rng.sample(range(0, 10**7), 3000)
    yield {
        "name": "random-medium",
        "description": "medium number of random sites",
        "tags": ["random"],
        "input": {"sites": sites, "k": 40},
    }
    sites = rng.sample(range(1, B), N - 2) + [0, B]
    rng.shuffle(sites)
    yield {
        "name": "max-three-beacons",
        "description": "maximum size, random sites over the whole range, three beacons",
        "tags": ["max-size", "random", "extremes"],
        "input": {"sites": sites, "k": 3},
    }
    sites = rng.sample(range(1, B), N - 2) + [0, B]
    rng.shuffle(sites)
    yield {
        "name": "max-two-beacons",
        "description": "maximum size, two beacons",
        "tags": ["max-size", "random", "extremes", "boundary"],
        "input": {"sites": sites, "k": 2},
    }
    sites = rng.sample(range(0, B + 1), N)
    yield {
        "name": "max-every-site",
        "description": "maximum size, a beacon on every site",
        "tags": ["max-size", "random", "boundary"],
        "input": {"sites": sites, "k": N},
    }
    centres = sorted(rng.sample(range(0, B - 10**5, 10**6), 12))
    sites = sorted({c + rng.randint(0, 10**5) for c in centres for _ in range(N // 12 + 50)})[:N]
    rng.shuffle(sites)
    yield {
        "name": "max-clusters",
        "description": "maximum size, sites in twelve tight clusters, twelve beacons",
        "tags": ["max-size"],
        "input": {"sites": sites, "k": 12},
    }
    sites = [i * 10_000 for i in range(N)]
    yield {
        "name": "max-even-spacing",
        "description": "maximum size, evenly spaced sites in increasing order, a thousand beacons",
        "tags": ["max-size", "sorted", "zeros"],
        "input": {"sites": sites, "k": 1000},
    }


def sized(n, seed):
    """One input of size n: n random sites over the whole road, three beacons."""
    rng = random.Random(20261307 + seed)
    return {"sites": rng.sample(range(0, B + 1), n), "k": 3}
