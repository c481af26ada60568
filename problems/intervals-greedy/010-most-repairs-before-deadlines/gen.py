"""Seeded random and max-size tests, and sized inputs, for most-repairs-before-deadlines.

Max-size tests hold 100000 jobs, most of which can be done: the table of least total time
per count of jobs then grows to tens of thousands of entries, about 10^9 or more updates.
"""

import random

N = 100_000
TOP = 10**9


def _loose(rng, n):
    """Jobs with deadlines spread so that most, but not all, fit."""
    jobs = []
    for _ in range(n):
        duration = rng.randint(1, 20_000)
        jobs.append([duration, rng.randint(1, 10_000 * n)])
    return jobs


def generate():
    rng = random.Random(20261210)
    for t in range(4):
        jobs = [[rng.randint(1, 6), rng.randint(1, 15)] for _ in range(rng.randint(4, 9))]
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random jobs",
            "tags": ["random"],
            "input": {"jobs": jobs},
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand random jobs, some of which must be dropped",
        "tags": ["random"],
        "input": {"jobs": _loose(rng, 3000)},
    }
    jobs = _loose(rng, N)
    jobs[0], jobs[1] = [TOP, TOP], [1, 1]
    yield {
        "name": "max-random",
        "description": "maximum size, random jobs, most of which fit",
        "tags": ["max-size", "random", "extremes"],
        "input": {"jobs": jobs},
    }
    yield {
        "name": "max-all-fit",
        "description": "maximum size, deadlines so late that every job fits",
        "tags": ["max-size", "whole-input", "extremes"],
        "input": {"jobs": [[rng.randint(1, 1000), TOP] for _ in range(N)]},
    }
    jobs = [[rng.randint(1, 100), 50 * (i + 1)] for i in range(N)]
    rng.shuffle(jobs)
    yield {
        "name": "max-tight-staircase",
        "description": "maximum size, deadlines in steps so that about half of the jobs must be dropped",
        "tags": ["max-size", "random"],
        "input": {"jobs": jobs},
    }
    yield {
        "name": "max-all-same",
        "description": "maximum size, every job the same",
        "tags": ["max-size", "all-equal"],
        "input": {"jobs": [[10_000, 500_000_000] for _ in range(N)]},
    }


def sized(n, seed):
    """n jobs, most of which fit: the count table is long."""
    return {"jobs": _loose(random.Random(1000 + seed), n)}
