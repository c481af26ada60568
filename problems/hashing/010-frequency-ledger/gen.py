"""Seeded random and max-size call sequences, and sized ones, for frequency-ledger.

Max-size tests hold exactly 100000 calls, the constructor included.
"""

import random

CALLS = 100_000
BIG = 10**9
F_MAX = 100_000


class _Seq:
    def __init__(self) -> None:
        self.ops: list[str] = ["FrequencyLedger"]
        self.args: list[list[int]] = [[]]

    def call(self, op: str, *args: int) -> None:
        self.ops.append(op)
        self.args.append(list(args))

    def room(self) -> int:
        return CALLS - len(self.ops)

    def input(self) -> dict:
        return {"ops": self.ops, "args": self.args}


def _random_calls(rng: random.Random, seq: _Seq, calls: int, values: list[int],
                  f_hi: int, weights: tuple[int, int, int, int]) -> None:
    """Weights are for add, remove, hasFrequency, maxFrequency."""
    for _ in range(calls):
        op = rng.choices(("add", "remove", "hasFrequency", "maxFrequency"), weights)[0]
        if op in ("add", "remove"):
            seq.call(op, rng.choice(values))
        elif op == "hasFrequency":
            seq.call(op, rng.randint(1, f_hi))
        else:
            seq.call(op)


def generate():
    rng = random.Random(20261210)

    for t in range(4):
        seq = _Seq()
        _random_calls(rng, seq, 300, list(range(-3, 4)), 8, (5, 4, 3, 2))
        yield {
            "name": f"random-small-{t + 1}",
            "description": "short random sequence over a few values, frequent removes",
            "tags": ["random", "duplicates"],
            "input": seq.input(),
        }

    seq = _Seq()
    distinct = rng.sample(range(-BIG, BIG + 1), CALLS // 2)
    for v in distinct:
        seq.call("add", v)
    while seq.room():
        if seq.room() % 2:
            seq.call("hasFrequency", 2)
        else:
            seq.call("maxFrequency")
    yield {
        "name": "max-distinct-then-queries",
        "description": "maximum size, many distinct values held once, then only queries",
        "tags": ["max-size", "distinct"],
        "input": seq.input(),
    }

    seq = _Seq()
    pool = rng.sample(range(-BIG, BIG + 1), 40_000)
    for v in pool:
        seq.call("add", v)
    _random_calls(rng, seq, seq.room(), pool, 4, (20, 20, 40, 20))
    yield {
        "name": "max-churn-many-values",
        "description": "maximum size, many distinct values, random adds, removes and queries",
        "tags": ["max-size", "random"],
        "input": seq.input(),
    }

    seq = _Seq()
    for _ in range(CALLS // 2):
        seq.call("add", 42)
    while seq.room():
        r = seq.room()
        if r % 3 == 0:
            seq.call("remove", 42)
        elif r % 3 == 1:
            seq.call("hasFrequency", rng.randint(1, F_MAX))
        else:
            seq.call("maxFrequency")
    yield {
        "name": "max-one-value-climbs",
        "description": "maximum size, one value added many times, then removed with queries between",
        "tags": ["max-size", "all-equal", "boundary"],
        "input": seq.input(),
    }

    # counts 1, 2, ..., 300 for 300 values, then remove in rounds, querying every count
    seq = _Seq()
    values = rng.sample(range(-BIG, BIG + 1), 300)
    for i, v in enumerate(values):
        for _ in range(i + 1):
            seq.call("add", v)
    while seq.room():
        v = rng.choice(values)
        seq.call("remove", v)
        if seq.room():
            seq.call("hasFrequency", rng.randint(1, 300))
        if seq.room():
            seq.call("maxFrequency")
    yield {
        "name": "max-staircase",
        "description": "maximum size, values held 1, 2, 3, ... times, then removed at random",
        "tags": ["max-size", "duplicates"],
        "input": seq.input(),
    }

    seq = _Seq()
    _random_calls(rng, seq, seq.room(), list(range(-20, 21)), 3000, (40, 30, 15, 15))
    yield {
        "name": "max-few-values",
        "description": "maximum size, a few values with high counts and random queries",
        "tags": ["max-size", "random", "duplicates"],
        "input": seq.input(),
    }


def sized(n, seed):
    """One input of n calls after the constructor, the same for the same (n, seed): half
    of them add distinct values, the other half alternate hasFrequency(2) (never true)
    and maxFrequency, so a solution that scans the counts pays for every held value."""
    rng = random.Random(20261210 + seed)
    seq = _Seq()
    adds = (n + 1) // 2
    for v in rng.sample(range(-BIG, BIG + 1), adds):
        seq.call("add", v)
    for i in range(n - adds):
        if i % 2:
            seq.call("maxFrequency")
        else:
            seq.call("hasFrequency", 2)
    return seq.input()
