"""Brute force for cross-checking the reference: the set of nodes in every subtree, and
the deepest node whose set holds both p and q."""

from collections import deque

from hypothesis import strategies as st


def _level_order(vals, left, right):
    if not vals:
        return []
    out, queue = [vals[0]], deque([0])
    while queue:
        node = queue.popleft()
        for child in (left[node], right[node]):
            out.append(None if child < 0 else vals[child])
            if child >= 0:
                queue.append(child)
    while out[-1] is None:
        out.pop()
    return out


@st.composite
def _cases(draw):
    pool = st.one_of(st.integers(-20, 20), st.sampled_from([-(10**9), 10**9]))
    vals = draw(st.lists(pool, min_size=1, max_size=12, unique=True))
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        (left if side == 0 else right)[parent] = i
        slots += [(i, 0), (i, 1)]
    return {"root": _level_order(vals, left, right), "p": draw(st.sampled_from(vals)),
            "q": draw(st.sampled_from(vals))}


def inputs():
    return _cases()


def sharedAncestor(root, p, q):
    best, best_depth = None, -1

    def visit(node, depth):
        nonlocal best, best_depth
        if node is None:
            return set()
        below = {id(node)} | visit(node.left, depth + 1) | visit(node.right, depth + 1)
        if id(p) in below and id(q) in below and depth > best_depth:
            best, best_depth = node, depth
        return below

    visit(root, 0)
    return best
