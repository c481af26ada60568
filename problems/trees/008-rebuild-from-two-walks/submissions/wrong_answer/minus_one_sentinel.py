# bug: uses -1 as the "no stop value" sentinel of the top call, so a real -1 in the tree is taken for it and cut off (passes the samples)
# fails on: {"preorder": [5, -1], "inorder": [5, -1]}
# origin: independent
def rebuildTree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    pre = 0
    ino = 0

    def build(stop):
        nonlocal pre, ino
        if ino < len(inorder) and inorder[ino] != stop:
            node = TreeNode(preorder[pre])
            pre += 1
            node.left = build(node.val)
            ino += 1
            node.right = build(stop)
            return node
        return None

    return build(-1)
