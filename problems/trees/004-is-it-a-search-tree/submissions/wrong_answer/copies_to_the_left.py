# bug: swaps the convention for copies (equal allowed on the left, strictly greater on the right)
# fails on: {"root": [2, null, 2]}
def isSearchTree(root):
    def ok(node, low, high):
        if node is None:
            return True
        if not low < node.val <= high:
            return False
        return ok(node.left, low, node.val) and ok(node.right, node.val, high)

    return ok(root, float("-inf"), float("inf"))
