# bug: after visiting a node it pushes only its right child, not the left spine under that child, so nodes are visited out of order (passes the samples)
# fails on: {"root": [2, 1, 5, null, null, 4], "k": 3}
# origin: independent
def valueAtRank(root: Optional[TreeNode], k: int) -> int:
    stack = []
    node = root
    while node:
        stack.append(node)
        node = node.left
    count = 0
    while stack:
        node = stack.pop()
        count += 1
        if count == k:
            return node.val
        if node.right:
            stack.append(node.right)
    return -1
