"""Seeded random and max-size tests, and sized inputs, for downward-paths-to-a-target.

Trees are built as parallel arrays (value, left index, right index; -1 for no child) and
written in level order with nulls, trailing nulls trimmed.
"""

import random
from collections import deque

N = 100_000
TOP = 10**9
LIMIT = 10**14


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
    """A spine of left children; each of the first spine - 1 spine nodes has a right leaf
    (while nodes last), so spine >= (n + 1) / 2 puts every node in the tree."""
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    nxt = spine
    for i in range(spine - 1):
        left[i] = i + 1
        if nxt < n:
            right[i] = nxt
            nxt += 1
    return vals, left, right


def _path_sum(tree, start, end):
    """The sum of the downward path from start to end (end must lie below start)."""
    vals, left, right = tree
    parent = [-1] * len(vals)
    for i in range(len(vals)):
        for child in (left[i], right[i]):
            if child >= 0:
                parent[child] = i
    total, node = 0, end
    while True:
        total += vals[node]
        if node == start:
            return total
        node = parent[node]


def _test(name, description, tags, tree, target):
    return {"name": name, "description": description, "tags": tags,
            "input": {"root": _level_order(*tree), "target": target}}


def generate():
    rng = random.Random(20270107)
    for k in range(5):
        n = rng.randint(6, 40)
        tree = _random_shape(rng, [rng.randint(-3, 3) for _ in range(n)])
        yield _test(f"random-small-{k + 1}", "small random tree, small values of both signs",
                    ["random", "negatives", "duplicates"], tree, rng.randint(-3, 3))
    tree = _random_shape(rng, [rng.randint(-TOP, TOP) for _ in range(3000)])
    yield _test("random-medium-path", "medium random tree, the target is the sum of one long path",
                ["random", "extremes"], tree, _path_sum(tree, 0, 2999))

    yield _test("max-zero-chain", "maximum size, a chain of zeros and a target of zero: every path counts",
                ["max-size", "deep", "zeros", "all-equal", "whole-input"],
                _chain([0] * N, [0] * N), 0)
    yield _test("max-chain-of-largest", "maximum size, a chain of the largest value, the target is the whole chain",
                ["max-size", "deep", "extremes", "all-equal", "whole-input", "boundary"],
                _chain([TOP] * N, [rng.randint(0, 1) for _ in range(N)]), LIMIT)
    yield _test("max-chain-of-smallest", "maximum size, a chain of the smallest value, the target is the whole chain",
                ["max-size", "deep", "extremes", "negatives", "all-equal", "whole-input", "boundary"],
                _chain([-TOP] * N, [i % 2 for i in range(N)]), -LIMIT)
    yield _test("max-zigzag-small-values", "maximum size, a chain turning at every step, small values of both signs",
                ["max-size", "deep", "negatives", "duplicates"],
                _chain([rng.randint(-2, 2) for _ in range(N)], [i % 2 for i in range(N)]), 3)
    yield _test("max-caterpillar-alternating", "maximum size, a long spine with a leaf on each spine node, values +1 and -1",
                ["max-size", "deep", "negatives"],
                _caterpillar([rng.choice((-1, 1)) for _ in range(N)], N // 2 + 1), 0)
    tree = _complete([rng.randint(-TOP, TOP) for _ in range(N)])
    yield _test("max-complete-one-path", "maximum size, complete tree, random values, the target is one root-to-leaf sum",
                ["max-size", "random"], tree, _path_sum(tree, 0, N - 1))
    tree = _random_shape(rng, [rng.randint(-5, 5) for _ in range(N)])
    yield _test("max-random-small-values", "maximum size, random shape, small values",
                ["max-size", "random", "duplicates"], tree, -4)
    # a long handle of ones above a complete block of random small values
    handle = 60_000
    block = N - handle
    vals = [1] * handle + [rng.randint(-3, 3) for _ in range(block)]
    left, right = [-1] * N, [-1] * N
    for i in range(handle - 1):
        right[i] = i + 1
    right[handle - 1] = handle
    for j in range(block):
        if 2 * j + 1 < block:
            left[handle + j] = handle + 2 * j + 1
        if 2 * j + 2 < block:
            right[handle + j] = handle + 2 * j + 2
    yield _test("max-broom", "maximum size, a long chain of ones above a large block of small values",
                ["max-size", "deep", "duplicates"], (vals, left, right), 5000)


def sized(n, seed):
    """One input of size n (the length of the level-order list), the same for the same
    (n, seed): a chain going down on random sides with values -1, 0 and 1 and target 1,
    so running sums repeat often and a restart from every node walks the whole chain. A
    chain of h nodes takes 2h - 2 entries when its last step goes left and 2h - 1 when it
    goes right."""
    rng = random.Random(20270107 + seed)
    h = max(1, (n + 2) // 2)
    sides = ([rng.randint(0, 1) for _ in range(h - 2)] + [n % 2])[: h - 1]
    vals = [rng.randint(-1, 1) for _ in range(h)]
    return {"root": _level_order(*_chain(vals, sides)), "target": 1}
