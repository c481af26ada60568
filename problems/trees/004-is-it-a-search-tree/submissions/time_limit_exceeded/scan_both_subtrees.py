# slow: O(n * h): every node compares itself with every value of both its subtrees
def isSearchTree(root):
    def values(node):
        out, stack = [], [node] if node else []
        while stack:
            cur = stack.pop()
            out.append(cur.val)
            if cur.left:
                stack.append(cur.left)
            if cur.right:
                stack.append(cur.right)
        return out

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
