"""Brute force: every set of vaults, kept when no two are parent and child."""

from hypothesis import strategies as st


def inputs():
    values = st.one_of(st.none(), st.integers(0, 9), st.integers(0, 10_000))
    return st.fixed_dictionaries({"root": st.lists(values, max_size=13).map(_trim)})


def _trim(level):
    """A valid level-order list: a non-null root (or nothing) and no trailing nulls."""
    if not level or level[0] is None:
        return []
    while level[-1] is None:
        level.pop()
    return level


def bestHaul(root):
    nodes, edges = [], []
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        nodes.append(node)
        for child in (node.left, node.right):
            if child:
                edges.append((node, child))
                stack.append(child)
    best = 0
    for mask in range(1 << len(nodes)):
        chosen = {id(nodes[i]) for i in range(len(nodes)) if mask >> i & 1}
        if any(id(a) in chosen and id(b) in chosen for a, b in edges):
            continue
        best = max(best, sum(n.val for n in nodes if id(n) in chosen))
    return best
