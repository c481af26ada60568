# slow: O(n^2): scans the in-order walk to find each root instead of using a lookup table
def rebuildTree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    nxt = 0

    def build(lo, hi):
        nonlocal nxt
        if lo > hi:
            return None
        val = preorder[nxt]
        nxt += 1
        mid = lo
        while inorder[mid] != val:
            mid += 1
        node = TreeNode(val)
        node.left = build(lo, mid - 1)
        node.right = build(mid + 1, hi)
        return node

    return build(0, len(inorder) - 1)
