# iterative post-order; each node reports its longest same-value arm going down
# origin: independent
def longestSameValuePath(root):
    if root is None:
        return 0
    best = 1
    arm = {}
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            if node.left:
                stack.append((node.left, False))
            if node.right:
                stack.append((node.right, False))
            continue
        left = right = 0
        if node.left:
            below = arm.pop(node.left)
            if node.left.val == node.val:
                left = below
        if node.right:
            below = arm.pop(node.right)
            if node.right.val == node.val:
                right = below
        best = max(best, 1 + left + right)
        arm[node] = 1 + max(left, right)
    return best
