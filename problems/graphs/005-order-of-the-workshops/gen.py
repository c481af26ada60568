"""Seeded random and max-size tests, and sized inputs, for order-of-the-workshops."""

import random

N = 100_000


def _random_dag(rng, n, m):
    rank = list(range(n))
    rng.shuffle(rank)
    rules = []
    while len(rules) < m:
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            a, b = (rank[i], rank[j]) if i < j else (rank[j], rank[i])
            rules.append([a, b])
    return rules


def generate():
    rng = random.Random(5052026)
    for k in range(4):
        n = rng.randint(2, 12)
        yield {
            "name": f"random-small-dag-{k + 1}",
            "description": "small random rules with a valid order",
            "tags": ["random"],
            "input": {"n": n, "rules": _random_dag(rng, n, rng.randint(0, 15))},
        }
    for k in range(2):
        n = rng.randint(3, 12)
        rules = _random_dag(rng, n, rng.randint(2, 10))
        a, b = rules[rng.randrange(len(rules))]
        rules.append([b, a])
        rng.shuffle(rules)
        yield {
            "name": f"random-small-cycle-{k + 1}",
            "description": "small random rules where one reversed rule closes a cycle",
            "tags": ["random", "no-answer"],
            "input": {"n": n, "rules": rules},
        }
    yield {
        "name": "max-reversed-chain",
        "description": "maximum size, one long chain from the highest number down to 0",
        "tags": ["max-size", "reverse-sorted", "deep", "extremes"],
        "input": {"n": N, "rules": [[i + 1, i] for i in range(N - 1)] + [[N - 1, 0]]},
    }
    perm = list(range(N))
    rng.shuffle(perm)
    chain = [[perm[i], perm[i + 1]] for i in range(N - 1)]
    rng.shuffle(chain)
    yield {
        "name": "max-shuffled-chain",
        "description": "maximum size, one long chain through the workshops in random order",
        "tags": ["max-size", "deep", "random"],
        "input": {"n": N, "rules": chain + [[perm[0], perm[-1]]]},
    }
    yield {
        "name": "max-random-dag",
        "description": "maximum size, random rules that allow an order",
        "tags": ["max-size", "random", "duplicates"],
        "input": {"n": N, "rules": _random_dag(rng, N, N)},
    }
    ring = [[perm[i], perm[(i + 1) % N]] for i in range(N)]
    yield {
        "name": "max-one-big-cycle",
        "description": "maximum size, the rules go round every workshop in one circle",
        "tags": ["max-size", "no-answer", "deep"],
        "input": {"n": N, "rules": ring},
    }
    late = [[i + 1, i] for i in range(N - 3)] + [[N - 1, N - 2], [N - 2, N - 1]]
    yield {
        "name": "max-cycle-at-the-end",
        "description": "maximum size, a long valid chain and a two-workshop cycle far from it",
        "tags": ["max-size", "no-answer", "answer-last"],
        "input": {"n": N, "rules": late},
    }
    yield {
        "name": "max-no-rules",
        "description": "maximum number of workshops and no rules",
        "tags": ["max-size", "empty", "boundary"],
        "input": {"n": N, "rules": []},
    }


def sized(n, seed):
    """n workshops on one chain listed in random order: every order step is forced."""
    rng = random.Random(6000 + seed)
    perm = list(range(n))
    rng.shuffle(perm)
    chain = [[perm[i], perm[i + 1]] for i in range(n - 1)]
    rng.shuffle(chain)
    return {"n": n, "rules": chain}
