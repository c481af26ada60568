# slow: exponential on a path: rob(node) = max(node + grandchildren, children) without a memo recomputes every subtree many times
def bestHaul(root):
    def rob(node):
        if node is None:
            return 0
        take = node.val
        for child in (node.left, node.right):
            if child:
                take += rob(child.left) + rob(child.right)
        return max(take, rob(node.left) + rob(node.right))

    return rob(root)
