"""Seeded random and max-size tests, and sized inputs, for is-it-a-search-tree.

Trees are built as parallel arrays (value, left index, right index; -1 for no child) and
written in level order with nulls, trailing nulls trimmed. Valid search trees file every
copy of a value to the right.
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


def _inserted(vals):
    """The search tree made by inserting vals in order (copies go right)."""
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    for i in range(1, n):
        node = 0
        while True:
            side = left if vals[i] < vals[node] else right
            if side[node] < 0:
                side[node] = i
                break
            node = side[node]
    return vals, left, right


def _balanced(sorted_vals):
    """A complete-looking search tree over distinct sorted values (the middle is the root)."""
    n = len(sorted_vals)
    vals, left, right = [0] * n, [-1] * n, [-1] * n
    count = 0
    stack = [(0, n, -1, 0)]
    while stack:
        lo, hi, parent, side = stack.pop()
        if lo >= hi:
            continue
        mid = (lo + hi) // 2
        me = count
        count += 1
        vals[me] = sorted_vals[mid]
        if parent >= 0:
            (left if side == 0 else right)[parent] = me
        stack.append((mid + 1, hi, me, 1))
        stack.append((lo, mid, me, 0))
    return vals, left, right


def _chain(vals, sides):
    """Node i+1 hangs below node i on side sides[i] (0 = left, 1 = right)."""
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if sides[i] == 0 else right)[i] = i + 1
    return vals, left, right


def _zigzag_values(n):
    """Values of a valid chain that turns left, right, left, ...: they close in on each
    other from both ends of the range."""
    vals = []
    for i in range(n):
        vals.append(TOP - i // 2 if i % 2 == 0 else -TOP + i // 2)
    return vals


def _valid(vals, left, right):
    stack = [(0, -TOP - 1, TOP + 1)]  # node, allowed range [lo, hi)
    while stack:
        node, lo, hi = stack.pop()
        if not lo <= vals[node] < hi:
            return False
        if left[node] >= 0:
            stack.append((left[node], lo, vals[node]))
        if right[node] >= 0:
            stack.append((right[node], vals[node], hi))
    return True


def _test(name, description, tags, tree):
    return {"name": name, "description": description, "tags": tags,
            "input": {"root": _level_order(*tree)}}


def generate():
    rng = random.Random(20270104)
    for k in range(4):
        n = rng.randint(6, 40)
        yield _test(f"random-valid-{k + 1}", "small random search tree with repeated values",
                    ["random", "duplicates"],
                    _inserted([rng.randint(-6, 6) for _ in range(n)]))
    for k in range(3):
        n = rng.randint(6, 40)
        vals, left, right = _inserted([rng.randint(-6, 6) for _ in range(n)])
        while _valid(vals, left, right):
            vals = list(vals)
            vals[rng.randrange(1, n)] += rng.choice((-3, 3))
        yield _test(f"random-one-changed-{k + 1}", "small search tree broken by changing a value",
                    ["random", "duplicates", "no-answer"], (vals, left, right))

    distinct = sorted(rng.sample(range(-TOP, TOP + 1), N))
    yield _test("max-balanced-valid", "maximum size, a balanced valid search tree",
                ["max-size", "distinct"], _balanced(distinct))
    yield _test("max-random-insertions", "maximum size, random insertions with copies",
                ["max-size", "random", "duplicates"],
                _inserted([rng.randint(-1000, 1000) for _ in range(N)]))
    yield _test("max-right-chain-equal", "maximum size, one value repeated down a chain of right children",
                ["max-size", "deep", "all-equal", "whole-input"],
                _chain([TOP] * N, [1] * N))
    yield _test("max-left-chain", "maximum size, a valid chain of left children",
                ["max-size", "deep", "reverse-sorted"],
                _chain([TOP - 20_000 * i for i in range(N)], [0] * N))
    yield _test("max-zigzag-valid", "maximum size, a valid chain turning at every step",
                ["max-size", "deep", "extremes"],
                _chain(_zigzag_values(N), [i % 2 for i in range(N)]))
    vals = _zigzag_values(N)
    vals[-1] = TOP  # a right child: fine for its parent, too large for every left turn above
    yield _test("max-zigzag-broken-at-bottom", "maximum size, a turning chain whose last node breaks a bound set near the top",
                ["max-size", "deep", "answer-last"],
                _chain(vals, [i % 2 for i in range(N)]))
    # a copy of the root hung just before or just after it in sorted order: the in-order
    # walk is non-decreasing either way, but only the copy on the right side is allowed
    for name, side, answer in (("successor", "right", "valid"), ("predecessor", "left", "broken")):
        vals, left, right = (list(part) for part in _balanced(distinct[: N - 1]))
        node = right[0] if side == "right" else left[0]
        inner = left if side == "right" else right
        while inner[node] >= 0:
            node = inner[node]
        inner[node] = len(vals)
        vals.append(vals[0])
        left.append(-1)
        right.append(-1)
        tags = ["max-size", "duplicates"] + (["no-answer"] if answer == "broken" else [])
        yield _test(f"max-root-copy-at-{name}", f"maximum size, a copy of the root placed next to it in sorted order on its {side} side",
                    tags, (vals, left, right))
    yield _test("max-random-sides-valid", "maximum size, a valid chain going down on random sides with repeated values",
                ["max-size", "deep", "duplicates"],
                _chain(*_valid_chain(rng, [rng.randint(0, 1) for _ in range(N - 1)])))


def _valid_chain(rng, sides):
    """Values for a valid chain that takes the given sides, and the sides: each value is
    picked near the end of its allowed range that leaves room for the next step."""
    n = len(sides) + 1
    lo, hi = -TOP, TOP + 1  # the allowed range [lo, hi) of the current node
    vals = []
    for i in range(n):
        room = hi - lo
        nudge = rng.randint(0, min(3, room - 1))
        if i < len(sides) and sides[i] == 0:
            v = hi - 1 - nudge  # the next node goes left: leave room below
        else:
            v = lo + nudge  # the next node goes right (or none): leave room above
        vals.append(v)
        if i < len(sides):
            if sides[i] == 0:
                hi = v
            else:
                lo = v
    return vals, sides


def sized(n, seed):
    """One input of size n (the length of the level-order list), the same for the same
    (n, seed): a valid chain going down on random sides, so every node is checked against
    bounds from the whole path above it. A chain of h nodes takes 2h - 2 entries when its
    last step goes left and 2h - 1 when it goes right."""
    rng = random.Random(20270104 + seed)
    h = max(1, (n + 2) // 2)
    sides = ([rng.randint(0, 1) for _ in range(h - 2)] + [n % 2])[: h - 1]
    return {"root": _level_order(*_chain(*_valid_chain(rng, sides)))}
