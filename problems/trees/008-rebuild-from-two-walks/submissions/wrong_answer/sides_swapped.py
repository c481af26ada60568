# bug: hangs the subtree built from the left part of the in-order walk on the right, and the other on the left
# fails on: {"preorder": [1, 2], "inorder": [2, 1]}
def rebuildTree(preorder, inorder):
    where = {v: i for i, v in enumerate(inorder)}
    it = iter(preorder)

    def build(lo, hi):
        if lo >= hi:
            return None
        node = TreeNode(next(it))
        mid = where[node.val]
        node.right = build(lo, mid)
        node.left = build(mid + 1, hi)
        return node

    return build(0, len(inorder))
