# bug: steers left or right by comparing values, as if the tree were a search tree (fails samples 1 and 2)
# fails on: {"root": [1, 2, 3], "p": 2, "q": 3}
# origin: independent
def sharedAncestor(root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
    node = root
    while node:
        if p.val < node.val and q.val < node.val:
            node = node.left
        elif p.val > node.val and q.val > node.val:
            node = node.right
        else:
            return node
    return None
