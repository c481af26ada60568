"""Brute force for cross-checking the reference: from every node, follow every downward
path and add up its values."""

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
    values = st.one_of(st.integers(-3, 3), st.sampled_from([-(10**9), 10**9]))
    vals = draw(st.lists(values, max_size=13))
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        (left if side == 0 else right)[parent] = i
        slots += [(i, 0), (i, 1)]
    return _level_order(vals, left, right)


def inputs():
    targets = st.one_of(st.integers(-5, 5), st.sampled_from([10**9, -(10**9), 2 * 10**9]))
    return st.fixed_dictionaries({"root": _trees(), "target": targets})


def countTargetPaths(root, target):
    def down(node, total):
        """Paths that start above (with sum `total` so far) and continue through node."""
        if node is None:
            return 0
        total += node.val
        return (total == target) + down(node.left, total) + down(node.right, total)

    def every_start(node):
        if node is None:
            return 0
        return down(node, 0) + every_start(node.left) + every_start(node.right)

    return every_start(root)
