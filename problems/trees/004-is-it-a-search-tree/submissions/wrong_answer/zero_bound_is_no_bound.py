# bug: tests the bounds with `if low and ...`, so a bound equal to 0 is treated as no bound at all (passes the samples)
# fails on: {"root": [0, null, 5, -1]}
# origin: independent
def isSearchTree(root: Optional[TreeNode]) -> bool:
    def check(node, low, high):
        if not node:
            return True
        if low and node.val < low:
            return False
        if high and node.val >= high:
            return False
        return check(node.left, low, node.val) and check(node.right, node.val, high)

    return check(root, None, None)
