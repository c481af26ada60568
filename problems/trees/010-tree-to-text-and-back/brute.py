"""Brute force for cross-checking the reference: the tree written as a Python literal of
nested tuples, (value, left, right) with None for an empty subtree, read back with
ast.literal_eval. Small inputs only (recursive both ways)."""

import ast
from collections import deque

from hypothesis import strategies as st


def _level_order(tree):
    """(value, left, right) nested tuples -> the level-order list tests use."""
    out, queue = [], deque([tree])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node[0])
        queue.append(node[1])
        queue.append(node[2])
    while out and out[-1] is None:
        out.pop()
    return out


_TREES = st.recursive(
    st.none(),
    lambda kids: st.tuples(st.integers(-3, 3), kids, kids),
    max_leaves=12,
).map(_level_order)


def _calls(steps):
    ops, args, written = ["TreeCodec"], [[]], []
    for kind, tree, pick in steps:
        if kind == "deserialize" and written:
            ops.append("deserialize")
            args.append([{"result_of": written[pick % len(written)]}])
        else:
            ops.append("serialize")
            args.append([tree])
            written.append(len(ops) - 1)
    if not written:  # at least one tree and one read back, as the constraints ask
        ops.append("serialize")
        args.append([[]])
        written.append(len(ops) - 1)
    ops.append("deserialize")
    args.append([{"result_of": written[-1]}])
    return {"ops": ops, "args": args}


def inputs():
    step = st.tuples(st.sampled_from(["serialize", "deserialize"]), _TREES, st.integers(0, 50))
    return st.lists(step, max_size=8).map(_calls)


def _to_tuple(node):
    if node is None:
        return None
    return (node.val, _to_tuple(node.left), _to_tuple(node.right))


def _from_tuple(tree):
    if tree is None:
        return None
    return TreeNode(tree[0], _from_tuple(tree[1]), _from_tuple(tree[2]))


class TreeCodec:
    def serialize(self, root):
        return repr(_to_tuple(root))

    def deserialize(self, data):
        return _from_tuple(ast.literal_eval(data))
