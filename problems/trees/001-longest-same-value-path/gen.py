"""Seeded random and max-size tests, and sized inputs, for longest-same-value-path.

Trees are built as parallel arrays (value, left index, right index; -1 for no child) and
written in level order with nulls, trailing nulls trimmed.
"""

import random
from collections import deque

N = 100_000
DEEP = 50_000


def _level_order(vals, left, right):
    if not vals:
        return []
    out = [vals[0]]
    queue = deque([0])
    while queue:
        node = queue.popleft()
        for child in (left[node], right[node]):
            if child < 0:
                out.append(None)
            else:
                out.append(vals[child])
                queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return out


def _complete(vals):
    """The complete tree whose level order is exactly `vals`."""
    n = len(vals)
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return vals, left, right


def _random_shape(rng, vals):
    """Attach each node to a free child slot chosen uniformly at random."""
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        (left if side == 0 else right)[parent] = i
        slots.append((i, 0))
        slots.append((i, 1))
    return vals, left, right


def _chain(vals, sides):
    """Node i+1 hangs below node i on side sides[i] (0 = left, 1 = right)."""
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if sides[i] == 0 else right)[i] = i + 1
    return vals, left, right


def _test(name, description, tags, tree):
    return {"name": name, "description": description, "tags": tags,
            "input": {"root": _level_order(*tree)}}


def generate():
    rng = random.Random(20261204)
    for k in range(5):
        n = rng.randint(8, 40)
        vals = [rng.randint(1, 2) for _ in range(n)]
        yield _test(f"random-small-{k + 1}", "small random tree with two distinct values",
                    ["random", "duplicates"],
                    _random_shape(rng, vals))

    yield _test("max-complete-two-values", "maximum size complete tree, two values at random",
                ["max-size", "random", "zeros"],
                _complete([rng.randint(0, 1) for _ in range(N)]))
    yield _test("max-complete-all-equal", "maximum size complete tree, all values equal",
                ["max-size", "all-equal", "whole-input"],
                _complete([42] * N))
    yield _test("max-random-shape", "maximum size, random shape, three distinct values",
                ["max-size", "random", "negatives"],
                _random_shape(rng, [rng.randint(-1, 1) for _ in range(N)]))

    yield _test("deep-left-chain", "maximum height, every node a left child, all values equal",
                ["max-size", "deep", "all-equal", "whole-input"],
                _chain([-9] * DEEP, [0] * DEEP))
    yield _test("deep-zigzag-chain", "maximum height, children alternate sides, all values equal",
                ["max-size", "deep", "all-equal", "whole-input"],
                _chain([7] * DEEP, [i % 2 for i in range(DEEP)]))

    # two long arms hanging from the root, one to each side
    arm = DEEP - 1
    n = 1 + 2 * arm
    left, right = [-1] * n, [-1] * n
    left[0], right[0] = 1, 1 + arm
    for i in range(1, arm):
        right[i] = i + 1               # left arm goes down-right
        left[arm + i] = arm + i + 1    # right arm goes down-left
    yield _test("deep-two-arms", "two arms of maximum height meeting at the root, all values equal",
                ["max-size", "deep", "all-equal", "whole-input"],
                ([3] * n, left, right))

    # a long handle of equal values ending in a big random-valued complete block
    handle = 30_000
    block = N - handle
    vals = [5] * handle + [rng.choice((5, 5, 6)) for _ in range(block)]
    left, right = [-1] * N, [-1] * N
    for i in range(handle - 1):
        left[i] = i + 1
    left[handle - 1] = handle
    for j in range(block):
        if 2 * j + 1 < block:
            left[handle + j] = handle + 2 * j + 1
        if 2 * j + 2 < block:
            right[handle + j] = handle + 2 * j + 2
    yield _test("max-broom", "maximum size, a long chain of equal values above a large mixed block",
                ["max-size", "deep", "duplicates"],
                (vals, left, right))

    # a long chain whose values change every few nodes
    vals = []
    while len(vals) < DEEP:
        vals.extend([rng.randint(-10**9, 10**9)] * rng.randint(1, 50))
    vals = vals[:DEEP]
    yield _test("deep-chain-short-runs", "maximum height, random sides, values in short runs",
                ["max-size", "deep", "random", "negatives"],
                _chain(vals, [rng.randint(0, 1) for _ in range(DEEP)]))


def sized(n, seed):
    """One input of size n (the length of the level-order list), the same for the same
    (n, seed): one chain of equal values going down on random sides, so every node lies
    on the answer path. From n = 6 on the chain holds n // 2 nodes (at most DEEP) below a
    root that also has a left leaf; the side of the last step sets the parity of n."""
    rng = random.Random(20261204 + seed)
    value = rng.randint(-10**9, 10**9)
    last = n % 2  # a right child as the last step adds one null before it
    if n < 6:  # too short for the leaf: a bare chain of n // 2 + 1 nodes
        h = n // 2 + 1
        sides = [rng.randint(0, 1) for _ in range(h - 2)] + [last]
        return {"root": _level_order(*_chain([value] * h, sides[: h - 1]))}
    h = n // 2
    sides = [1] + [rng.randint(0, 1) for _ in range(h - 3)] + [last]
    vals, left, right = _chain([value] * h, sides)
    left[0] = h  # the leaf comes first in level order, before the chain's second node
    return {"root": _level_order(vals + [value], left + [-1], right + [-1])}
