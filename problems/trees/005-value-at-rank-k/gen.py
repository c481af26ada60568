"""Seeded random and max-size tests, and sized inputs, for value-at-rank-k.

Trees are built as parallel arrays (value, left index, right index; -1 for no child) and
written in level order with nulls, trailing nulls trimmed. Every tree is a search tree
whose copies of a value go right.
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
    """A balanced search tree over sorted distinct values (the middle is the root)."""
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


def _left_spine_with_leaves(n):
    """A spine of left children, each spine node (but the last) with a right leaf: the
    spine holds the even values 2n-2, 2n-4, ..., and the leaf of spine value v is v + 1."""
    spine = (n + 1) // 2
    vals, left, right = [0] * n, [-1] * n, [-1] * n
    for i in range(spine):
        vals[i] = 2 * (spine - 1 - i)
        if i + 1 < spine:
            left[i] = i + 1
    leaf = spine
    for i in range(spine):
        if leaf < n:
            right[i] = leaf
            vals[leaf] = vals[i] + 1
            leaf += 1
    return vals, left, right


def _test(name, description, tags, tree, k):
    return {"name": name, "description": description, "tags": tags,
            "input": {"root": _level_order(*tree), "k": k}}


def generate():
    rng = random.Random(20270105)
    for j in range(5):
        n = rng.randint(6, 40)
        yield _test(f"random-small-{j + 1}", "small random search tree with repeated values",
                    ["random", "duplicates"],
                    _inserted([rng.randint(-5, 5) for _ in range(n)]), rng.randint(1, n))

    yield _test("max-left-chain-largest", "maximum size, a chain of left children, the largest rank",
                ["max-size", "deep", "reverse-sorted", "boundary", "answer-first"],
                _chain([TOP - 20_000 * i for i in range(N)], [0] * N), N)
    yield _test("max-left-spine-with-leaves", "maximum size, a long left spine with a right leaf on each spine node, a late rank",
                ["max-size", "deep"],
                _left_spine_with_leaves(N), N - 7)
    yield _test("max-right-chain-copies", "maximum size, copies of one value down a chain of right children",
                ["max-size", "deep", "all-equal"],
                _chain([-TOP] * N, [1] * N), rng.randint(N // 2, N))
    distinct = sorted(rng.sample(range(-TOP, TOP + 1), N))
    yield _test("max-balanced-middle", "maximum size, a balanced tree of distinct values, a middle rank",
                ["max-size", "distinct"],
                _balanced(distinct), N // 2 + 17)
    yield _test("max-random-insertions", "maximum size, random insertions with many copies",
                ["max-size", "random", "duplicates"],
                _inserted([rng.randint(-500, 500) for _ in range(N)]), rng.randint(1, N))
    yield _test("max-left-chain-smallest", "maximum size, a chain of left children, the smallest rank",
                ["max-size", "deep", "boundary", "answer-last"],
                _chain([TOP - 20_000 * i - 7 for i in range(N)], [0] * N), 1)
    yield _test("max-left-spine-with-leaves-small-rank", "maximum size, a long left spine with a right leaf on each spine node, a small rank",
                ["max-size", "deep"],
                _left_spine_with_leaves(N), 3)
    zig = [TOP - i // 2 if i % 2 == 0 else -TOP + i // 2 for i in range(N)]
    yield _test("max-zigzag-second-largest", "maximum size, a chain turning at every step, the second largest rank",
                ["max-size", "deep", "extremes"],
                _chain(zig, [i % 2 for i in range(N)]), N - 1)


def sized(n, seed):
    """One input of size n (the length of the level-order list), the same for the same
    (n, seed): a chain of left children with strictly decreasing values, asking for the
    middle rank: the walk goes all the way down and half way back up. The too-slow
    files (counting from the top at every node, or removing the smallest k times) are
    then quadratic, where the largest rank (the root) or the smallest would end most of
    them at once. A chain of
    h >= 2 left children takes 2h - 2 entries; a right leaf below the last node (a copy
    of its value) makes it 2h + 1."""
    rng = random.Random(20270105 + seed)
    leaf = n % 2 == 1 and n >= 3
    h = (n - 1) // 2 if leaf else max(1, (n + 2) // 2)
    vals = sorted(rng.sample(range(-TOP, TOP + 1), h), reverse=True)
    vals, left, right = _chain(vals, [0] * h)
    if leaf:
        vals, left, right = vals + [vals[-1]], left + [-1], right + [-1]
        right[h - 1] = h
    return {"root": _level_order(vals, left, right), "k": max(1, len(vals) // 2)}
