# origin: independent
def bestHaul(root: Optional[TreeNode]) -> int:
    if root is None:
        return 0
    result = {None: (0, 0)}
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            left_take, left_skip = result.pop(node.left) if node.left else (0, 0)
            right_take, right_skip = result.pop(node.right) if node.right else (0, 0)
            take = node.val + left_skip + right_skip
            skip = max(left_take, left_skip) + max(right_take, right_skip)
            result[node] = (take, skip)
        else:
            stack.append((node, True))
            if node.right:
                stack.append((node.right, False))
            if node.left:
                stack.append((node.left, False))
    return max(result[root])
