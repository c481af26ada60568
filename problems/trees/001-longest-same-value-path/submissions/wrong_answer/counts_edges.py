# bug: measures the path in edges (the usual variant of this problem) instead of nodes, so every answer is one short (fails both samples)
# fails on: {"root": [5]}
# origin: independent
def longestSameValuePath(root):
    best = 0
    arm = {}
    stack = [(root, False)] if root else []
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
        if node.left and node.left.val == node.val:
            left = arm[node.left] + 1
        if node.right and node.right.val == node.val:
            right = arm[node.right] + 1
        best = max(best, left + right)
        arm[node] = max(left, right)
    return best
