# slow: O(n*h): recounts the size of the left subtree from scratch at every step down
def valueAtRank(root: Optional[TreeNode], k: int) -> int:
    def size(node):
        count = 0
        stack = [node] if node else []
        while stack:
            cur = stack.pop()
            count += 1
            if cur.left:
                stack.append(cur.left)
            if cur.right:
                stack.append(cur.right)
        return count

    node = root
    while node:
        left_size = size(node.left)
        if k <= left_size:
            node = node.left
        elif k == left_size + 1:
            return node.val
        else:
            k -= left_size + 1
            node = node.right
    return -1
