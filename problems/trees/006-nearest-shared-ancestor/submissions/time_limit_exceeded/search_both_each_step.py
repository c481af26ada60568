# slow: O(n*h): searches the left subtree for p and for q again at every step down
def sharedAncestor(root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
    def contains(node, target):
        stack = [node] if node else []
        while stack:
            cur = stack.pop()
            if cur is target:
                return True
            if cur.left:
                stack.append(cur.left)
            if cur.right:
                stack.append(cur.right)
        return False

    node = root
    while node:
        if node is p or node is q:
            return node
        p_left = contains(node.left, p)
        q_left = contains(node.left, q)
        if p_left and q_left:
            node = node.left
        elif not p_left and not q_left:
            node = node.right
        else:
            return node
    return None
