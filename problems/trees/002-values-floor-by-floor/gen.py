"""Seeded random and max-size tests, and sized inputs, for values-floor-by-floor.

Trees are built as parallel arrays (value, left index, right index; -1 for no child) and
written in level order with nulls, trailing nulls trimmed.
"""

import random
from collections import deque

N = 100_000
TOP = 10**9


def _level_order(vals, left, right):
    if not vals:
        return []
    out, queue = [vals[0]], deque([0])
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
    n = len(vals)
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return vals, left, right


def _random_shape(rng, vals):
    """Each node after the first takes a free child slot chosen uniformly at random."""
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


def _caterpillar(vals, spine):
    """A chain of `spine` nodes going down on the left; every spine node but the last
    also has a right child that is a leaf (so each floor below the top holds two nodes)."""
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    nxt = spine
    for i in range(spine - 1):
        left[i] = i + 1
        if nxt < n:
            right[i] = nxt
            nxt += 1
    return vals, left, right


def _test(name, description, tags, tree):
    return {"name": name, "description": description, "tags": tags,
            "input": {"root": _level_order(*tree)}}


def generate():
    rng = random.Random(20270102)
    for k in range(5):
        n = rng.randint(6, 40)
        yield _test(f"random-small-{k + 1}", "small random tree with repeated values",
                    ["random", "duplicates"],
                    _random_shape(rng, [rng.randint(-5, 5) for _ in range(n)]))
    yield _test("random-medium", "medium random tree, values over the whole range",
                ["random", "extremes"],
                _random_shape(rng, [rng.randint(-TOP, TOP) for _ in range(3000)]))

    yield _test("max-complete", "maximum size, a complete tree (wide bottom floors)",
                ["max-size", "random"],
                _complete([rng.randint(-TOP, TOP) for _ in range(N)]))
    yield _test("max-random-shape", "maximum size, random shape",
                ["max-size", "random", "negatives"],
                _random_shape(rng, [rng.randint(-TOP, TOP) for _ in range(N)]))
    yield _test("max-left-chain", "maximum size, every node the left child of the one above",
                ["max-size", "deep", "reverse-sorted"],
                _chain([N - i for i in range(N)], [0] * N))
    yield _test("max-zigzag-chain", "maximum size, a single chain whose steps alternate sides",
                ["max-size", "deep"],
                _chain([rng.randint(-TOP, TOP) for _ in range(N)], [i % 2 for i in range(N)]))
    yield _test("max-caterpillar", "maximum size, a long spine with a leaf hanging off each spine node",
                ["max-size", "deep", "all-equal"],
                _caterpillar([7] * N, N // 2 + 1))


def sized(n, seed):
    """One input of size n (the length of the level-order list), the same for the same
    (n, seed): a chain going down on random sides, so the tree has as many floors as
    nodes. A chain of h nodes takes 2h - 2 entries when its last step goes left and
    2h - 1 when it goes right."""
    rng = random.Random(20270102 + seed)
    h = max(1, (n + 2) // 2)
    sides = [rng.randint(0, 1) for _ in range(h - 2)] + [n % 2]
    vals = [rng.randint(-TOP, TOP) for _ in range(h)]
    return {"root": _level_order(*_chain(vals, sides[: h - 1]))}
