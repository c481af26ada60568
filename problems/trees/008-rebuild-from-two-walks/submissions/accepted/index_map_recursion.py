def rebuildTree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    where = {val: i for i, val in enumerate(inorder)}
    nxt = 0

    def build(lo, hi):
        nonlocal nxt
        if lo > hi:
            return None
        val = preorder[nxt]
        nxt += 1
        node = TreeNode(val)
        mid = where[val]
        node.left = build(lo, mid - 1)
        node.right = build(mid + 1, hi)
        return node

    return build(0, len(inorder) - 1)
