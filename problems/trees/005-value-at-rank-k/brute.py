"""Brute force for cross-checking the reference: gather every value, sort, and index."""

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
    """A search tree made by inserting the values in order (copies go right), and a rank."""
    values = st.one_of(st.integers(-4, 4), st.sampled_from([-(10**9), 10**9]))
    vals = draw(st.lists(values, min_size=1, max_size=12))
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
    return {"root": _level_order(vals, left, right), "k": draw(st.integers(1, n))}


def inputs():
    return _cases()


def valueAtRank(root, k):
    values = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            values.append(node.val)
            stack += [node.left, node.right]
    return sorted(values)[k - 1]
