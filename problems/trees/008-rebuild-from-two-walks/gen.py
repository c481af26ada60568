"""Seeded random and max-size tests, and sized inputs, for rebuild-from-two-walks.

A tree is built as parallel arrays (value, left index, right index; -1 for no child) with
distinct values, and the test gives its pre-order and in-order walks.
"""

import random

N = 100_000
TOP = 10**9


def _walks(vals, left, right):
    """Pre-order and in-order walks, iteratively."""
    pre, ino = [], []
    if not vals:
        return pre, ino
    stack = [(0, False)]
    while stack:
        i, seen = stack.pop()
        if seen:
            ino.append(vals[i])
            continue
        pre.append(vals[i])
        if right[i] >= 0:
            stack.append((right[i], False))
        stack.append((i, True))
        if left[i] >= 0:
            stack.append((left[i], False))
    return pre, ino


def _complete(n):
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return left, right


def _random_shape(rng, n):
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        (left if side == 0 else right)[parent] = i
        slots.append((i, 0))
        slots.append((i, 1))
    return left, right


def _chain(sides):
    """Node i+1 hangs below node i on side sides[i] (0 = left, 1 = right)."""
    n = len(sides) + 1
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if sides[i] == 0 else right)[i] = i + 1
    return left, right


def _caterpillar(n, spine):
    """A spine of left children; each of the first spine - 1 spine nodes has a right leaf."""
    left, right = [-1] * n, [-1] * n
    nxt = spine
    for i in range(spine - 1):
        left[i] = i + 1
        if nxt < n:
            right[i] = nxt
            nxt += 1
    return left, right


def _test(name, description, tags, vals, shape):
    pre, ino = _walks(vals, *shape)
    return {"name": name, "description": description, "tags": tags,
            "input": {"preorder": pre, "inorder": ino}}


def generate():
    rng = random.Random(20270108)
    for k in range(5):
        n = rng.randint(6, 40)
        yield _test(f"random-small-{k + 1}", "small random tree", ["random", "distinct"],
                    rng.sample(range(-50, 51), n), _random_shape(rng, n))
    yield _test("random-medium", "medium random tree, values over the whole range",
                ["random", "distinct"], rng.sample(range(-TOP, TOP + 1), 3000),
                _random_shape(rng, 3000))

    def values():
        return rng.sample(range(-TOP, TOP + 1), N)

    yield _test("max-left-chain", "maximum size, every node the left child of the one above",
                ["max-size", "deep"], values(), _chain([0] * (N - 1)))
    yield _test("max-right-chain", "maximum size, every node the right child of the one above",
                ["max-size", "deep"], values(), _chain([1] * (N - 1)))
    yield _test("max-zigzag", "maximum size, a chain turning at every step",
                ["max-size", "deep"], values(), _chain([i % 2 for i in range(N - 1)]))
    yield _test("max-caterpillar", "maximum size, a long left spine with a right leaf on each spine node",
                ["max-size", "deep"], values(), _caterpillar(N, N // 2 + 1))
    yield _test("max-complete", "maximum size, a complete tree",
                ["max-size", "distinct"], values(), _complete(N))
    yield _test("max-random-shape", "maximum size, random shape",
                ["max-size", "random"], values(), _random_shape(rng, N))
    case = _test("max-sorted-in-order", "maximum size, random shape whose in-order walk is increasing",
                 ["max-size", "sorted"], values(), _random_shape(rng, N))
    walks = case["input"]
    rename = dict(zip(walks["inorder"], sorted(walks["inorder"])))
    walks["preorder"] = [rename[v] for v in walks["preorder"]]
    walks["inorder"] = sorted(walks["inorder"])
    yield case


def sized(n, seed):
    """One input of size n (the length of each walk), the same for the same (n, seed): a
    chain going down on random sides, so the root of each remaining range can sit
    anywhere and recursion is as deep as the tree."""
    rng = random.Random(20270108 + seed)
    vals = rng.sample(range(-TOP, TOP + 1), n)
    if n == 0:
        return {"preorder": [], "inorder": []}
    return _test("sized", "", [], vals, _chain([rng.randint(0, 1) for _ in range(n - 1)]))["input"]
