# slow: O(n * h): for every depth, searches the tree again from the root for its rightmost node
def rightEdgeView(root):
    view = []
    depth = 0
    while True:
        found = None
        stack = [(root, 0)] if root is not None else []
        while stack and found is None:
            node, d = stack.pop()
            if d == depth:
                found = node
                continue
            if node.left is not None:
                stack.append((node.left, d + 1))
            if node.right is not None:
                stack.append((node.right, d + 1))
        if found is None:
            return view
        view.append(found.val)
        depth += 1
