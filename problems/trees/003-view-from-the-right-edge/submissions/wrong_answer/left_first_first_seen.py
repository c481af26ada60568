# bug: depth-first with the left child first, keeping the first node of each depth: that is the view from the left
# fails on: {"root": [1, 2, 3]}
def rightEdgeView(root):
    seen = []
    stack = [(root, 0)] if root else []
    while stack:
        node, depth = stack.pop()
        if depth == len(seen):
            seen.append(node.val)
        if node.right:
            stack.append((node.right, depth + 1))
        if node.left:
            stack.append((node.left, depth + 1))
    return seen
