"""Brute force for cross-checking the reference: label every node with its path from the
root (0 = left, 1 = right) and sort the labels by length, then as binary numbers."""

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
    vals = draw(st.lists(values, max_size=14))
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        (left if side == 0 else right)[parent] = i
        slots += [(i, 0), (i, 1)]
    return _level_order(vals, left, right)


def inputs():
    return st.fixed_dictionaries({"root": _trees()})


def floorByFloor(root):
    labelled = []

    def visit(node, path):
        if node is not None:
            labelled.append((len(path), path, node.val))
            visit(node.left, path + "0")
            visit(node.right, path + "1")

    visit(root, "")
    floors = {}
    for depth, path, val in sorted(labelled):
        floors.setdefault(depth, []).append(val)
    return [floors[d] for d in sorted(floors)]
