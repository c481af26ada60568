"""Brute force for cross-checking the reference: the textbook recursion that slices both
lists around the root's position in the in-order walk."""

from collections import deque

from hypothesis import strategies as st


def _walks(vals, left, right):
    pre, ino = [], []

    def visit(i):
        if i < 0:
            return
        pre.append(vals[i])
        visit(left[i])
        ino.append(vals[i])
        visit(right[i])

    if vals:
        visit(0)
    return pre, ino


@st.composite
def _cases(draw):
    pool = st.one_of(st.integers(-20, 20), st.sampled_from([-(10**9), 10**9]))
    vals = draw(st.lists(pool, max_size=12, unique=True))
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        (left if side == 0 else right)[parent] = i
        slots += [(i, 0), (i, 1)]
    pre, ino = _walks(vals, left, right)
    return {"preorder": pre, "inorder": ino}


def inputs():
    return _cases()


def rebuildTree(preorder, inorder):
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    mid = inorder.index(preorder[0])
    root.left = rebuildTree(preorder[1 : mid + 1], inorder[:mid])
    root.right = rebuildTree(preorder[mid + 1 :], inorder[mid + 1 :])
    return root
