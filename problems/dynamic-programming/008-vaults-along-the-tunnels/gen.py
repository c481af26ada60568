"""Seeded random and max-size tests, and sized inputs, for vaults-along-the-tunnels.

Trees are built as parallel arrays (gold, left index, right index; -1 for no child) and
written in level order with None for missing children, trailing Nones trimmed.
"""

import random
from collections import deque

N = 100_000
TOP = 10_000


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
    n = len(vals)
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return _level_order(vals, left, right)


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
    return _level_order(vals, left, right)


def _path(vals, sides):
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if sides[i] == 0 else right)[i] = i + 1
    return _level_order(vals, left, right)


def generate():
    rng = random.Random(8)
    for n in (9, 30, 200):
        yield {
            "name": f"random-{n}",
            "description": "a random tree of modest size with small amounts of gold",
            "tags": ["random"],
            "input": {"root": _random_shape(rng, [rng.randint(0, 20) for _ in range(n)])},
        }
    vals = [0, TOP] + [rng.randint(0, TOP) for _ in range(N - 2)]
    yield {
        "name": "max-random-shape",
        "description": "the most vaults, a random tree shape, gold over the whole range",
        "tags": ["max-size", "random", "extremes"],
        "input": {"root": _random_shape(rng, vals)},
    }
    yield {
        "name": "max-complete",
        "description": "the most vaults in a complete tree, random gold",
        "tags": ["max-size", "random"],
        "input": {"root": _complete([rng.randint(0, TOP) for _ in range(N)])},
    }
    yield {
        "name": "max-left-path",
        "description": "the most vaults on a single path going down to the left",
        "tags": ["max-size", "deep"],
        "input": {"root": _path([rng.randint(0, TOP) for _ in range(N)], [0] * (N - 1))},
    }
    yield {
        "name": "max-zigzag-path",
        "description": "the most vaults on a single path that turns at random",
        "tags": ["max-size", "deep", "all-equal"],
        "input": {"root": _path([TOP] * N, [rng.randint(0, 1) for _ in range(N - 1)])},
    }
    yield {
        "name": "max-complete-equal",
        "description": "the most vaults in a complete tree, every vault holding the same gold",
        "tags": ["max-size", "all-equal"],
        "input": {"root": _complete([5] * N)},
    }


def sized(n, seed):
    """A complete tree of n vaults with random gold (its level-order list has exactly n
    entries, no gaps): every node is visited once by the intended solution."""
    rng = random.Random(13_000 + seed)
    return {"root": _complete([rng.randint(0, TOP) for _ in range(n)])}
