"""Seeded random and max-size tests, and sized inputs, for recency-cache."""

import random

CALLS = 99_999  # calls after the constructor: 100000 with it
KEY_MAX = 100_000
VALUE_MAX = 10**9


class _Seq:
    def __init__(self, capacity):
        self.ops = ["RecencyCache"]
        self.args = [[capacity]]

    def get(self, key):
        self.ops.append("get")
        self.args.append([key])

    def put(self, key, value):
        self.ops.append("put")
        self.args.append([key, value])

    def room(self):
        return CALLS - (len(self.ops) - 1)

    def input(self):
        return {"ops": self.ops, "args": self.args}


def _mix(rng, seq, calls, keys, put_share):
    for _ in range(calls):
        if rng.random() < put_share:
            seq.put(rng.randint(0, keys), rng.randint(0, VALUE_MAX))
        else:
            seq.get(rng.randint(0, keys))


def generate():
    rng = random.Random(20261308)
    for j in range(5):
        seq = _Seq(rng.randint(1, 5))
        _mix(rng, seq, rng.randint(30, 300), rng.randint(3, 10), 0.5)
        yield {
            "name": f"random-small-{j + 1}",
            "description": "short random sequence over a few keys, small capacity, frequent evictions",
            "tags": ["random", "duplicates"],
            "input": seq.input(),
        }

    seq = _Seq(50_000)
    for key in range(50_000):
        seq.put(key, rng.randint(0, VALUE_MAX))
    _mix(rng, seq, seq.room(), KEY_MAX, 0.5)
    yield {
        "name": "max-large-capacity-churn",
        "description": "maximum size, a large full cache, then random gets and puts over the whole key range",
        "tags": ["max-size", "random"],
        "input": seq.input(),
    }

    seq = _Seq(KEY_MAX)
    for key in range(50_000):
        seq.put(key, key)
    key = 49_999
    while seq.room():
        seq.get(key)
        key = key - 1 if key > 0 else 49_999
    yield {
        "name": "max-capacity-recent-gets",
        "description": "maximum size, the largest capacity, then gets that walk back from the most recent key",
        "tags": ["max-size", "boundary", "reverse-sorted"],
        "input": seq.input(),
    }

    seq = _Seq(30_000)
    key = 0
    while seq.room():
        seq.put(key, VALUE_MAX - key)
        key += 1
    yield {
        "name": "max-every-put-evicts",
        "description": "maximum size, only new keys, so once the cache is full every put evicts",
        "tags": ["max-size", "sorted"],
        "input": seq.input(),
    }

    seq = _Seq(25_000)
    key = KEY_MAX
    while seq.room():
        seq.put(key, rng.randint(0, VALUE_MAX))
        key -= 1
    yield {
        "name": "max-every-put-evicts-descending",
        "description": "maximum size, only new keys in decreasing order, a mid-sized cache that evicts on every put once full",
        "tags": ["max-size", "reverse-sorted"],
        "input": seq.input(),
    }

    seq = _Seq(1)
    while seq.room():
        if seq.room() % 3:
            seq.put(rng.randint(0, 3), rng.randint(0, 5))
        else:
            seq.get(rng.randint(0, 3))
    yield {
        "name": "max-capacity-one",
        "description": "maximum size, capacity one, a few keys taking turns",
        "tags": ["max-size", "boundary", "duplicates"],
        "input": seq.input(),
    }

    seq = _Seq(2)
    while seq.room():
        seq.put(KEY_MAX, seq.room())
        if seq.room():
            seq.get(KEY_MAX)
    yield {
        "name": "max-one-key",
        "description": "maximum size, the same key stored and read again and again",
        "tags": ["max-size", "all-equal", "extremes"],
        "input": seq.input(),
    }


def sized(n, seed):
    """One input of n calls after the constructor, the same for the same (n, seed): n / 2
    puts into a cache of capacity n // 4 + 1, so the last n / 4 of them each evict the
    least recent key, then the keys still cached are read back newest first. A cache that
    keeps its keys in a Python list scans almost all of it on every call, and one that
    searches for the oldest key on every eviction (timestamps, a dict's first live key)
    scans it on every eviction."""
    rng = random.Random(20261308 + seed)
    capacity = n // 4 + 1
    seq = _Seq(capacity)
    puts = (n + 1) // 2
    for key in range(puts):
        seq.put(key, rng.randint(0, VALUE_MAX))
    oldest = max(0, puts - capacity)  # the keys still cached: oldest .. puts - 1
    key = puts - 1
    for _ in range(n - puts):
        seq.get(key)
        key = key - 1 if key > oldest else puts - 1
    return seq.input()
