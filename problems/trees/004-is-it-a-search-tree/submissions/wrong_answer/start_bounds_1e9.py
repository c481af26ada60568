# bug: starts with the exclusive upper bound 10**9, so a node holding exactly 10**9 is rejected (passes the samples)
# fails on: {"root": [1000000000]}
# origin: independent
def isSearchTree(root: Optional[TreeNode]) -> bool:
    def check(node, low, high):
        if node is None:
            return True
        if not (low <= node.val < high):
            return False
        return check(node.left, low, node.val) and check(node.right, node.val, high)

    return check(root, -10**9, 10**9)
