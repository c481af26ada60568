"""Brute force for cross-checking the reference: for every node, compare its value with
every value of its left subtree and every value of its right subtree."""

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
def _trees(draw):
    """A random shape, or a search tree built by inserting the values (copies go right),
    possibly with one value changed afterwards, so valid and nearly valid trees are common."""
    values = st.one_of(st.integers(-4, 4), st.sampled_from([-(10**9), 10**9]))
    vals = draw(st.lists(values, max_size=12))
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    if draw(st.booleans()):
        slots = [(0, 0), (0, 1)]
        for i in range(1, n):
            parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
            (left if side == 0 else right)[parent] = i
            slots += [(i, 0), (i, 1)]
    else:
        for i in range(1, n):
            node = 0
            while True:
                side = left if vals[i] < vals[node] else right
                if side[node] < 0:
                    side[node] = i
                    break
                node = side[node]
        if n and draw(st.booleans()):
            vals[draw(st.integers(0, n - 1))] = draw(values)
    return _level_order(vals, left, right)


def inputs():
    return st.fixed_dictionaries({"root": _trees()})


def isSearchTree(root):
    def values(node):
        return [] if node is None else values(node.left) + [node.val] + values(node.right)

    def ok(node):
        if node is None:
            return True
        return (
            all(v < node.val for v in values(node.left))
            and all(v >= node.val for v in values(node.right))
            and ok(node.left)
            and ok(node.right)
        )

    return ok(root)
