"""Seeded random and max-size round trips, and sized ones, for the tree codec.

A tree is built as parallel lists (value, left index, right index; -1 for none) and
written in level order as the tests expect. Max-size tests hold trees of 100000 nodes in
total; tall ones (chains, a zigzag) make any per-node rescanning of the text quadratic.
"""

import random
from collections import deque

LIMIT = 10**9
NODES = 100_000


def _level_order(vals, left, right, root=0):
    if not vals:
        return []
    out, queue = [], deque([root])
    while queue:
        i = queue.popleft()
        if i < 0:
            out.append(None)
            continue
        out.append(vals[i])
        queue.append(left[i])
        queue.append(right[i])
    while out and out[-1] is None:
        out.pop()
    return out


def _random_tree(rng, n, lo, hi):
    """A random shape: each new node hangs from a random free slot of the nodes so far."""
    vals = [rng.randint(lo, hi) for _ in range(n)]
    left, right = [-1] * n, [-1] * n
    free = [(0, 0), (0, 1)] if n else []
    for i in range(1, n):
        k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        parent, side = free.pop()
        (left if side == 0 else right)[parent] = i
        free.append((i, 0))
        free.append((i, 1))
    return _level_order(vals, left, right)


def _chain(vals, pattern):
    """A chain: pattern(i) says whether node i + 1 is the left (0) or right (1) child of i."""
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if pattern(i) == 0 else right)[i] = i + 1
    return _level_order(vals, left, right)


def _trip(trees, rng, reads_per_tree=1):
    """Serialize every tree, then read them back in a shuffled order."""
    ops, args = ["TreeCodec"], [[]]
    for tree in trees:
        ops.append("serialize")
        args.append([tree])
    reads = [k + 1 for k in range(len(trees)) for _ in range(reads_per_tree)]
    rng.shuffle(reads)
    for k in reads:
        ops.append("deserialize")
        args.append([{"result_of": k}])
    return {"ops": ops, "args": args}


def _extreme_values(rng, n):
    vals = [rng.randint(-LIMIT, LIMIT) for _ in range(n)]
    vals[rng.randrange(n)] = -LIMIT
    vals[rng.randrange(n)] = LIMIT
    return vals


def generate():
    rng = random.Random(20261210)

    for k in range(3):
        trees = [_random_tree(rng, rng.randint(0, 15), -3, 3) for _ in range(6)]
        yield {
            "name": f"random-small-{k + 1}",
            "description": "several small random trees with repeated values, read back in a shuffled order, some twice",
            "tags": ["random", "duplicates"],
            "input": _trip(trees, rng, 2),
        }

    yield {
        "name": "max-left-chain",
        "description": "maximum size, a single chain of left children, values at both limits",
        "tags": ["max-size", "deep", "extremes"],
        "input": _trip([_chain(_extreme_values(rng, NODES), lambda i: 0)], rng),
    }

    yield {
        "name": "max-zigzag-chain",
        "description": "maximum size, a single chain turning left and right at random",
        "tags": ["max-size", "deep", "random"],
        "input": _trip([_chain(_extreme_values(rng, NODES), lambda i: rng.randint(0, 1))], rng),
    }

    yield {
        "name": "max-random-shape",
        "description": "maximum size, one large tree of random shape and values",
        "tags": ["max-size", "random"],
        "input": _trip([_random_tree(rng, NODES, -LIMIT, LIMIT)], rng),
    }

    trees = [_random_tree(rng, 10, -LIMIT, LIMIT) for _ in range(10_000)]
    yield {
        "name": "max-many-small-trees",
        "description": "maximum number of calls, many small trees written and read back",
        "tags": ["max-size", "random", "boundary"],
        "input": _trip(trees, rng),
    }


def sized(n, seed):
    """n calls (n >= 2): serialize and deserialize alternate, each tree of 5 random nodes;
    the same for the same (n, seed)."""
    rng = random.Random(20261210 + seed)
    ops, args = ["TreeCodec"], [[]]
    while len(ops) - 1 < n:
        if len(ops) % 2 == 1:
            ops.append("serialize")
            args.append([_random_tree(rng, 5, -LIMIT, LIMIT)])
        else:
            ops.append("deserialize")
            args.append([{"result_of": len(ops) - 2}])
    if ops[-1] == "serialize":  # an odd n: the last call reads back the tree before it
        ops[-1], args[-1] = "deserialize", [{"result_of": len(ops) - 3 if len(ops) > 3 else 1}]
    return {"ops": ops, "args": args}
