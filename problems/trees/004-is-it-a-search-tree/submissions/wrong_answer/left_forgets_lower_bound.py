# bug: going left it passes only the new upper bound and drops the lower bound inherited from above (passes the samples)
# fails on: {"root": [5, null, 8, 4]}
# origin: independent
def isSearchTree(root: Optional[TreeNode]) -> bool:
    def check(node, low, high):
        if node is None:
            return True
        if low is not None and node.val < low:
            return False
        if high is not None and node.val >= high:
            return False
        return check(node.left, None, node.val) and check(node.right, node.val, high)

    return check(root, None, None)
