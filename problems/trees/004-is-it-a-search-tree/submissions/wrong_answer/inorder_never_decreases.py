# bug: only checks that the in-order walk never decreases, which cannot tell a copy filed left from a copy filed right (fails sample 2)
# fails on: {"root": [2, 2]}
# origin: independent
def isSearchTree(root: Optional[TreeNode]) -> bool:
    prev = None
    stack = []
    node = root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val < prev:
            return False
        prev = node.val
        node = node.right
    return True
