# bug: only counts straight downward runs, never a path that goes up to a node and down its other side (fails both samples)
# fails on: {"root": [1, 1, 1]}
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
        left = arm[node.left] if node.left and node.left.val == node.val else 0
        right = arm[node.right] if node.right and node.right.val == node.val else 0
        arm[node] = 1 + max(left, right)
        best = max(best, arm[node])
    return best
