def isSearchTree(root):
    def ok(node, low, high):
        # every value here must satisfy low <= value < high
        if node is None:
            return True
        if not low <= node.val < high:
            return False
        return ok(node.left, low, node.val) and ok(node.right, node.val, high)

    return ok(root, float("-inf"), float("inf"))
