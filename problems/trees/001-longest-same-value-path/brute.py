"""Brute force for cross-checking the reference: a search from every node."""

from hypothesis import strategies as st


def inputs():
    values = st.one_of(st.none(), st.integers(0, 2))
    return st.fixed_dictionaries({"root": st.lists(values, max_size=16)})


def longestSameValuePath(root):
    neighbours = {}
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        neighbours.setdefault(node, [])
        for child in (node.left, node.right):
            if child is not None:
                neighbours[node].append(child)
                neighbours.setdefault(child, []).append(node)
                stack.append(child)
    best = 0
    for start in neighbours:
        depth = {start: 1}
        frontier = [start]
        while frontier:
            node = frontier.pop()
            for other in neighbours[node]:
                if other not in depth and other.val == start.val:
                    depth[other] = depth[node] + 1
                    frontier.append(other)
        best = max(best, max(depth.values()))
    return best
