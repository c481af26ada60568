def sharedAncestor(root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
    if root is None or root is p or root is q:
        return root
    left = sharedAncestor(root.left, p, q)
    right = sharedAncestor(root.right, p, q)
    if left and right:
        return root
    return left or right
