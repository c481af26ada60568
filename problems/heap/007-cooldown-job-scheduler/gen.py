"""Seeded random and max-size tests, and sized inputs, for cooldown-job-scheduler.

Two kinds of max-size shapes: a long cooldown with few kinds (the schedule is about 10^10
slots long, so stepping through it slot by slot is hopeless), and very many kinds (so
scanning every kind for each job is about 10^10 steps).
"""

import random

N = 100_000
GAP = 100_000
TOP = 10**9


def generate():
    rng = random.Random(20261307)
    for t in range(3):
        kinds = rng.sample([1, 2, 3, 8, TOP], rng.randint(1, 5))
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random jobs of a few kinds, small cooldown",
            "tags": ["random", "duplicates"],
            "input": {"jobs": [rng.choice(kinds) for _ in range(rng.randint(5, 12))], "gap": rng.randint(0, 4)},
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand random jobs of a few hundred kinds",
        "tags": ["random", "duplicates"],
        "input": {"jobs": [rng.randint(1, 300) for _ in range(3000)], "gap": 40},
    }
    yield {
        "name": "max-one-kind-long-gap",
        "description": "maximum size, every job of one kind, the longest cooldown",
        "tags": ["max-size", "all-equal", "boundary"],
        "input": {"jobs": [TOP] * N, "gap": GAP},
    }
    yield {
        "name": "max-few-kinds-long-gap",
        "description": "maximum size, a handful of kinds with unequal counts, the longest cooldown",
        "tags": ["max-size", "duplicates", "random", "boundary"],
        "input": {"jobs": [rng.choice([1, 5, 5, 9, 9, 9, TOP]) for _ in range(N)], "gap": GAP},
    }
    jobs = list(range(1, N // 2 + 1)) * 2
    rng.shuffle(jobs)
    yield {
        "name": "max-many-kinds-twice",
        "description": "maximum size, half as many kinds as jobs, each kind twice, the longest cooldown",
        "tags": ["max-size", "duplicates", "ties"],
        "input": {"jobs": jobs, "gap": GAP},
    }
    yield {
        "name": "max-all-distinct",
        "description": "maximum size, every job of its own kind, no cooldown",
        "tags": ["max-size", "distinct", "zeros"],
        "input": {"jobs": rng.sample(range(1, TOP + 1), N), "gap": 0},
    }
    jobs = [7] * 1000 + rng.sample(range(8, TOP + 1), N - 1000)
    rng.shuffle(jobs)
    yield {
        "name": "max-one-busy-many-single",
        "description": "maximum size, one busy kind among very many kinds that run once, a long cooldown",
        "tags": ["max-size", "random"],
        "input": {"jobs": jobs, "gap": GAP},
    }
    yield {
        "name": "max-random-medium-gap",
        "description": "maximum size, random jobs of a thousand kinds, a medium cooldown",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"jobs": [rng.randint(1, 1000) for _ in range(N)], "gap": 50},
    }


def sized(n, seed):
    """n jobs, the same for the same (n, seed): half of one kind, the rest each a kind of
    its own, in random order, and a gap of n. The common kind needs about n / 2 rounds of
    n + 1 slots and there are about n / 2 kinds: a schedule simulated slot by slot, or one
    that scans every kind for each job, grows as n^2, while the greedy counts a round's
    idle slots at once and keeps the kinds in a heap."""
    rng = random.Random(20261307 + seed)
    jobs = [1] * (n // 2) + list(range(2, n - n // 2 + 2))
    rng.shuffle(jobs)
    return {"jobs": jobs, "gap": min(n, GAP)}
