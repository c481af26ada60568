# bug: returns as soon as the left subtree reports a hit, without checking whether the other node is on the right (fails samples 1 and 3)
# fails on: {"root": [1, 2, 3], "p": 2, "q": 3}
# origin: independent
def sharedAncestor(root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
    if root is None or root is p or root is q:
        return root
    left = sharedAncestor(root.left, p, q)
    if left:
        return left
    return sharedAncestor(root.right, p, q)
