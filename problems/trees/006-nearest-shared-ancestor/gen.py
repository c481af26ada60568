"""Seeded random and max-size tests, and sized inputs, for nearest-shared-ancestor.

Trees are built as parallel arrays (value, left index, right index; -1 for no child) and
written in level order with nulls, trailing nulls trimmed. Values are distinct; p and q
are written as values of the tree.
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
    """A spine of left children; each spine node but the last also has a right leaf."""
    left, right = [-1] * n, [-1] * n
    nxt = spine
    for i in range(spine - 1):
        left[i] = i + 1
        if nxt < n:
            right[i] = nxt
            nxt += 1
    return left, right


def _distinct(rng, n):
    return rng.sample(range(-TOP, TOP + 1), n)


def _test(name, description, tags, vals, shape, p, q):
    left, right = shape
    return {"name": name, "description": description, "tags": tags,
            "input": {"root": _level_order(vals, left, right), "p": vals[p], "q": vals[q]}}


def generate():
    rng = random.Random(20270106)
    for k in range(5):
        n = rng.randint(6, 40)
        vals = rng.sample(range(-60, 61), n)
        yield _test(f"random-small-{k + 1}", "small random tree, two random nodes",
                    ["random", "distinct"], vals, _random_shape(rng, n),
                    rng.randrange(n), rng.randrange(n))

    vals = _distinct(rng, N)
    yield _test("max-left-chain-bottom-pair", "maximum size, a chain of left children, the two lowest nodes",
                ["max-size", "deep", "answer-last"], vals, _chain([0] * (N - 1)), N - 1, N - 2)
    vals = _distinct(rng, N)
    yield _test("max-zigzag-bottom-and-middle", "maximum size, a chain turning at every step, the lowest node and one halfway down",
                ["max-size", "deep"], vals, _chain([i % 2 for i in range(N - 1)]), N - 1, N // 2)
    vals = _distinct(rng, N)
    spine = N // 2 + 1  # N - spine leaves fit below the first spine - 1 spine nodes
    yield _test("max-caterpillar-deep-leaves", "maximum size, a long spine with a leaf on each spine node, two leaves near the bottom",
                ["max-size", "deep"], vals, _caterpillar(N, spine), N - 1, N - 5)
    vals = _distinct(rng, N)
    yield _test("max-chain-same-node", "maximum size, a chain on random sides, both nodes the lowest one",
                ["max-size", "deep", "boundary"], vals,
                _chain([rng.randint(0, 1) for _ in range(N - 1)]), N - 1, N - 1)
    vals = _distinct(rng, N)
    yield _test("max-complete-far-leaves", "maximum size, a complete tree, two leaves on opposite sides",
                ["max-size", "answer-first"], vals, _complete(N), N - 1, N // 2)
    vals = _distinct(rng, N)
    shape = _random_shape(rng, N)
    yield _test("max-random-shape", "maximum size, random shape, two random nodes",
                ["max-size", "random"], vals, shape, rng.randrange(N), rng.randrange(N))
    # two arms from the root: the left one goes down-right, the right one down-left
    arm = (N - 1) // 2
    left, right = [-1] * N, [-1] * N
    left[0], right[0] = 1, 1 + arm
    for i in range(1, arm):
        right[i] = i + 1
        left[arm + i] = arm + i + 1
    for i in range(2 * arm + 1, N):  # one spare node when N - 1 is odd
        left[i - 1] = i
    vals = _distinct(rng, N)
    yield _test("max-two-arms-ends", "maximum size, two long arms below the root, the ends of both arms",
                ["max-size", "deep", "answer-first"], vals, (left, right), arm, N - 1)


def sized(n, seed):
    """One input of size n (the length of the level-order list), the same for the same
    (n, seed): a chain going down on random sides, p the lowest node and q the one just
    above it, so a solution must reach the bottom. A chain of h nodes takes 2h - 2 entries
    when its last step goes left and 2h - 1 when it goes right."""
    rng = random.Random(20270106 + seed)
    h = max(1, (n + 2) // 2)
    sides = ([rng.randint(0, 1) for _ in range(h - 2)] + [n % 2])[: h - 1]
    vals = _distinct(rng, h)
    left, right = _chain(sides)
    return {"root": _level_order(vals, left, right), "p": vals[h - 1], "q": vals[max(0, h - 2)]}
