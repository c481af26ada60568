"""Seeded random and max-size call sequences, and sized ones, for notes-kept-by-timestamp.

Every sequence starts with the constructor; save stamps strictly increase. Max-size
tests hold exactly 99999 calls after the constructor.
"""

import random
import string

CALLS = 99_999
B = 10**9


class _Seq:
    def __init__(self) -> None:
        self.ops: list[str] = ["TimedNotes"]
        self.args: list[list] = [[]]
        self.stamp = 0

    def save(self, name: str, text: str, gap: int = 1) -> int:
        self.stamp += gap
        self.ops.append("save")
        self.args.append([name, text, self.stamp])
        return self.stamp

    def lookup(self, name: str, stamp: int) -> None:
        self.ops.append("lookup")
        self.args.append([name, stamp])

    def room(self) -> int:
        return CALLS - (len(self.ops) - 1)

    def input(self) -> dict:
        return {"ops": self.ops, "args": self.args}


def _word(rng: random.Random, size: int = 0) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(size or rng.randint(1, 10)))


def generate():
    rng = random.Random(20261308)
    for k in range(4):
        seq = _Seq()
        names = [_word(rng, 2) for _ in range(3)]
        for _ in range(200):
            if rng.random() < 0.5:
                seq.save(rng.choice(names), _word(rng), rng.randint(1, 5))
            else:
                seq.lookup(rng.choice(names), rng.randint(1, seq.stamp + 5))
        yield {
            "name": f"random-small-{k + 1}",
            "description": "a short random mix of saves and lookups on a few names",
            "tags": ["random"],
            "input": seq.input(),
        }

    seq = _Seq()
    half = CALLS // 2
    for _ in range(half):
        seq.save("journal", _word(rng), rng.randint(1, 20_000))
    last = seq.stamp
    while seq.room():
        seq.lookup("journal", rng.randint(1, last))
    yield {
        "name": "max-one-name-random-times",
        "description": "maximum size, one name saved many times, then lookups at random past times",
        "tags": ["max-size", "random"],
        "input": seq.input(),
    }

    seq = _Seq()
    seq.stamp = B // 2
    for _ in range(half):
        seq.save("archive", _word(rng), rng.randint(1, 10_000))
    while seq.room():
        seq.lookup("archive", rng.randint(1, B // 2))
    yield {
        "name": "max-before-first-save",
        "description": "maximum size, every lookup asks about a time before the first save",
        "tags": ["max-size", "no-answer"],
        "input": seq.input(),
    }

    seq = _Seq()
    for _ in range(half):
        seq.save("status", _word(rng), rng.randint(1, 10_000))
    while seq.room():
        seq.lookup("status", rng.randint(seq.stamp, B))
    yield {
        "name": "max-after-last-save",
        "description": "maximum size, every lookup asks about a time after the last save",
        "tags": ["max-size", "answer-last", "extremes"],
        "input": seq.input(),
    }

    seq = _Seq()
    names = [_word(rng) for _ in range(1000)]
    for _ in range(60_000):
        seq.save(rng.choice(names), _word(rng), rng.randint(1, 10_000))
    while seq.room():
        seq.lookup(rng.choice(names), rng.randint(1, seq.stamp))
    yield {
        "name": "max-many-names",
        "description": "maximum size, a thousand names, lookups at random times",
        "tags": ["max-size", "random"],
        "input": seq.input(),
    }

    seq = _Seq()
    while seq.room() >= 2:
        seq.save("draft", _word(rng), rng.randint(1, 10_000))
        seq.lookup("draft", rng.randint(1, seq.stamp // 8 + 1))
    seq.lookup("draft", seq.stamp)
    yield {
        "name": "max-alternating-early",
        "description": "maximum size, saves and lookups in turn, each lookup about an early time",
        "tags": ["max-size", "overlap"],
        "input": seq.input(),
    }


def sized(n, seed):
    """One input of n calls after the constructor: n / 2 saves of one name, then lookups
    at random past times."""
    rng = random.Random(20261308 + seed)
    seq = _Seq()
    saves = (n + 1) // 2
    for _ in range(saves):
        seq.save("note", _word(rng, 3), rng.randint(1, 1000))
    for _ in range(n - saves):
        seq.lookup("note", rng.randint(1, seq.stamp))
    return seq.input()
