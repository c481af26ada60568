# slow: exponential: plain recursion recomputes every subtree from its parent and again from its grandparent, no memo
# origin: independent
def bestHaul(root: Optional[TreeNode]) -> int:
    def rob(node):
        if node is None:
            return 0
        take = node.val
        if node.left:
            take += rob(node.left.left) + rob(node.left.right)
        if node.right:
            take += rob(node.right.left) + rob(node.right.right)
        skip = rob(node.left) + rob(node.right)
        return max(take, skip)

    return rob(root)
