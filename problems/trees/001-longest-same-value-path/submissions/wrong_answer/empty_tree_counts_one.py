# bug: best starts at 1 because "a single node is a path", which is wrong for the empty tree (passes the samples)
# fails on: {"root": []}
# origin: independent
def longestSameValuePath(root):
    best = 1
    arm = {None: 0}
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if node is None:
            continue
        if not children_done:
            stack.append((node, True))
            stack.append((node.left, False))
            stack.append((node.right, False))
            continue
        left = arm[node.left] if node.left and node.left.val == node.val else 0
        right = arm[node.right] if node.right and node.right.val == node.val else 0
        best = max(best, 1 + left + right)
        arm[node] = 1 + max(left, right)
    return best
