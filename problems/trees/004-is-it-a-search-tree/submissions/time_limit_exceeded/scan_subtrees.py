# slow: O(n*h): for every node, scans its whole left and right subtrees again
def isSearchTree(root: Optional[TreeNode]) -> bool:
    def values(node):
        stack = [node] if node else []
        while stack:
            cur = stack.pop()
            yield cur.val
            if cur.left:
                stack.append(cur.left)
            if cur.right:
                stack.append(cur.right)

    stack = [root] if root else []
    while stack:
        node = stack.pop()
        if any(v >= node.val for v in values(node.left)):
            return False
        if any(v < node.val for v in values(node.right)):
            return False
        if node.left:
            stack.append(node.left)
        if node.right:
            stack.append(node.right)
    return True
