"""Seeded random and max-size tests, and sized inputs, for running-median-with-removals.

Max-size tests make 200000 calls with up to 100000 values on the board at once, so a
sorted list that inserts and deletes by position moves about 10^10 items in all, and
sorting on every query is slower still.
"""

import random

CALLS = 200_000
TOP = 10**9


def _test(adds, removes, rng=None, query_every_add=False):
    """Calls: the adds (each followed by a query when asked), then every removal followed
    by a query, cut to the call limit."""
    ops, args = ["MedianBoard"], [[]]
    for v in adds:
        ops.append("add")
        args.append([v])
        if query_every_add:
            ops.append("median")
            args.append([])
    for v in removes:
        ops.append("remove")
        args.append([v])
        ops.append("median")
        args.append([])
    return {"ops": ops[: CALLS + 1], "args": args[: CALLS + 1]}


def _random_calls(rng, n, lo, hi):
    ops, args, board = ["MedianBoard"], [[]], []
    for _ in range(n):
        r = rng.random()
        if board and r < 0.3:
            i = rng.randrange(len(board))
            board[i], board[-1] = board[-1], board[i]
            ops.append("remove")
            args.append([board.pop()])
        elif board and r < 0.6:
            ops.append("median")
            args.append([])
        else:
            v = rng.randint(lo, hi)
            board.append(v)
            ops.append("add")
            args.append([v])
    return {"ops": ops, "args": args}


def generate():
    rng = random.Random(20261309)
    for t in range(3):
        yield {
            "name": f"random-small-{t + 1}",
            "description": "a few random calls on a few small values with repeats",
            "tags": ["random", "duplicates"],
            "input": _random_calls(rng, rng.randint(10, 30), -3, 3),
        }
    yield {
        "name": "random-medium",
        "description": "a few thousand random calls",
        "tags": ["random", "negatives"],
        "input": _random_calls(rng, 5000, -TOP, TOP),
    }
    ops, args = ["MedianBoard"], [[]]
    for v in range(1, 4002):
        ops.append("add")
        args.append([v])
        if v % 500 == 0:
            ops.append("median")
            args.append([])
    for v in (4001, 4000, 1, 3999):
        ops += ["remove", "median"]
        args += [[v], []]
    ops += ["add", "median"]
    args += [[4001], []]
    yield {
        "name": "ascending-then-largest-removed",
        "description": "a few thousand values added in increasing order, then the largest values removed at once",
        "tags": ["sorted", "boundary"],
        "input": {"ops": ops, "args": args},
    }
    adds = [rng.randint(-TOP, TOP) for _ in range(CALLS // 2)]
    adds[0], adds[1] = -TOP, TOP
    removes = adds[:]
    rng.shuffle(removes)
    yield {
        "name": "max-random",
        "description": "maximum size, random values added, then removed in random order with a query after each",
        "tags": ["max-size", "random", "extremes"],
        "input": _test(adds, removes),
    }
    adds = list(range(TOP, TOP - CALLS // 2, -1))
    yield {
        "name": "max-descending-adds",
        "description": "maximum size, values added in decreasing order, then the smallest removed again and again",
        "tags": ["max-size", "reverse-sorted"],
        "input": _test(adds, adds[::-1]),
    }
    adds = list(range(CALLS // 2))
    middle = sorted(adds, key=lambda v: abs(v - CALLS // 4))
    yield {
        "name": "max-remove-the-middle",
        "description": "maximum size, increasing values, then the values nearest the middle removed one by one",
        "tags": ["max-size", "sorted"],
        "input": _test(adds, middle),
    }
    yield {
        "name": "max-all-equal",
        "description": "maximum size, one value added many times and removed again",
        "tags": ["max-size", "all-equal"],
        "input": _test([-7] * (CALLS // 2), [-7] * (CALLS // 2)),
    }
    adds = [TOP if i % 2 else -TOP for i in range(CALLS // 2)]
    yield {
        "name": "max-extremes-alternating",
        "description": "maximum size, the smallest and largest values added in turn, a query after every add",
        "tags": ["max-size", "extremes"],
        "input": _test(adds, [], query_every_add=True),
    }
    ops, args = ["MedianBoard"], [[]]
    low = TOP
    for i in range(CALLS // 2):
        ops.append("add")
        args.append([low])
        low -= 1
    for i in range(CALLS // 4):  # a new smallest value in, the smallest value out
        ops += ["add", "remove"]
        args += [[low], [low]]
        low -= 1
        if i % 50 == 0:
            ops[-1] = "median"
            args[-1] = []
            ops.append("remove")
            args.append([low + 1])
    ops, args = ops[: CALLS + 1], args[: CALLS + 1]
    ops[-1], args[-1] = "median", []
    yield {
        "name": "max-new-smallest-churn",
        "description": "maximum size, values added in decreasing order, then a new smallest value added and removed again and again, few queries",
        "tags": ["max-size", "reverse-sorted"],
        "input": {"ops": ops, "args": args},
    }
    yield {
        "name": "max-random-mixed",
        "description": "maximum size, random adds, removals and queries mixed",
        "tags": ["max-size", "random"],
        "input": _random_calls(rng, CALLS, -TOP, TOP),
    }


def sized(n, seed):
    """n calls, the same for the same (n, seed): about n / 2 random adds, then removals in
    random order, each followed by a query (one more query when a call is left over)."""
    rng = random.Random(20261309 + seed)
    adds = [rng.randint(-TOP, TOP) for _ in range(n - n // 2)]
    removes = adds[:]
    rng.shuffle(removes)
    out = _test(adds, removes[: (n // 2) // 2])
    if len(out["ops"]) - 1 < n:
        out["ops"].append("median")
        out["args"].append([])
    return out
