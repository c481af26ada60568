"""Seeded random and max-size operation sequences, and sized ones, for max-stack.

Every sequence starts with the constructor and never calls pop, top or getMax on an
empty stack. Max-size tests hold exactly 100000 calls, the constructor included.
"""

import random

CALLS = 100_000
LIMIT = 10**9


class _Seq:
    """Collects ops and args while tracking the stack size, so queries stay legal."""

    def __init__(self) -> None:
        self.ops: list[str] = ["MaxStack"]
        self.args: list[list[int]] = [[]]
        self.size = 0

    def push(self, val: int) -> None:
        self.ops.append("push")
        self.args.append([val])
        self.size += 1

    def call(self, op: str) -> None:
        assert self.size > 0, "query on an empty stack"
        self.ops.append(op)
        self.args.append([])
        if op == "pop":
            self.size -= 1

    def room(self) -> int:
        return CALLS - len(self.ops)

    def input(self) -> dict:
        return {"ops": self.ops, "args": self.args}


def _random_mix(rng: random.Random, seq: _Seq, calls: int, lo: int, hi: int,
                weights: tuple[int, int, int, int]) -> None:
    """Append `calls` random calls; weights are for push, pop, top, getMax."""
    for _ in range(calls):
        op = rng.choices(("push", "pop", "top", "getMax"), weights)[0]
        if op == "push" or seq.size == 0:
            seq.push(rng.randint(lo, hi))
        else:
            seq.call(op)


def generate():
    rng = random.Random(20261204)

    for k in range(4):
        seq = _Seq()
        _random_mix(rng, seq, 300, -3, 3, (4, 4, 1, 3))
        yield {
            "name": f"random-small-{k + 1}",
            "description": "short random sequence with few distinct values and frequent pops",
            "tags": ["random", "duplicates"],
            "input": seq.input(),
        }

    seq = _Seq()
    half = CALLS // 2
    for i in range(half):
        seq.push(-LIMIT + 7 * i)
    while seq.room():
        seq.call("getMax")
    yield {
        "name": "max-increasing-then-queries",
        "description": "maximum size, strictly increasing pushes followed only by maximum queries",
        "tags": ["max-size", "sorted"],
        "input": seq.input(),
    }

    seq = _Seq()
    for i in range(55_000):
        seq.push(LIMIT - 3 * i)
    while seq.room():
        seq.call(("getMax", "top", "getMax", "getMax", "getMax", "pop")[seq.room() % 6])
    yield {
        "name": "max-decreasing-then-drain",
        "description": "maximum size, strictly decreasing pushes, then queries mixed with pops",
        "tags": ["max-size", "reverse-sorted"],
        "input": seq.input(),
    }

    seq = _Seq()
    for _ in range(50_000):
        seq.push(rng.randint(-LIMIT, LIMIT))
    _random_mix(rng, seq, seq.room(), -LIMIT, LIMIT, (25, 20, 10, 45))
    yield {
        "name": "max-random-mix",
        "description": "maximum size, random values, a large stack with pushes, pops and queries mixed",
        "tags": ["max-size", "random"],
        "input": seq.input(),
    }

    seq = _Seq()
    for _ in range(50_000):
        seq.push(rng.randint(-2, 2))
    _random_mix(rng, seq, seq.room(), -2, 2, (25, 25, 10, 40))
    yield {
        "name": "max-many-duplicates",
        "description": "maximum size, only a handful of distinct values, so the maximum repeats often",
        "tags": ["max-size", "duplicates"],
        "input": seq.input(),
    }

    seq = _Seq()
    while seq.room():
        base = rng.randint(-LIMIT, 0)
        tooth = min(1000, seq.room() // 3)
        if tooth == 0:
            seq.push(base)
            continue
        for i in range(tooth):
            seq.push(base + i)
        for _ in range(tooth):
            seq.call("getMax")
            seq.call("pop")
    yield {
        "name": "max-sawtooth",
        "description": "maximum size, the stack is repeatedly filled in increasing order and emptied",
        "tags": ["max-size", "sorted"],
        "input": seq.input(),
    }


def sized(n, seed):
    """One input of n calls after the constructor, the same for the same (n, seed): half
    of them push strictly increasing values, the other half ask for the maximum."""
    rng = random.Random(20261204 + seed)
    seq = _Seq()
    pushes = (n + 1) // 2
    val = -LIMIT
    for _ in range(pushes):
        seq.push(val)
        val += rng.randint(1, 10_000)
    for _ in range(n - pushes):
        seq.call("getMax")
    return seq.input()
