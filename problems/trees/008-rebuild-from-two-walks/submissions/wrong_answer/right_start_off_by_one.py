# bug: the right subtree's part of the pre-order walk is taken to start at pre_lo + left_size, forgetting to skip the root itself (fails sample 1)
# fails on: {"preorder": [1, 2, 3], "inorder": [2, 1, 3]}
# origin: independent
def rebuildTree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    where = {val: i for i, val in enumerate(inorder)}

    def build(pre_lo, in_lo, size):
        if size <= 0:
            return None
        val = preorder[pre_lo]
        mid = where[val]
        left_size = mid - in_lo
        node = TreeNode(val)
        node.left = build(pre_lo + 1, in_lo, left_size)
        node.right = build(pre_lo + left_size, mid + 1, size - left_size - 1)
        return node

    return build(0, 0, len(preorder))
