# slow: O(n * h): for every depth, walks the tree again from the root down to that depth
def floorByFloor(root):
    floors = []
    depth = 0
    while True:
        row = []
        stack = [(root, 0)] if root is not None else []
        while stack:
            node, d = stack.pop()
            if d == depth:
                row.append(node.val)
                continue
            if node.right is not None:
                stack.append((node.right, d + 1))
            if node.left is not None:
                stack.append((node.left, d + 1))
        if not row:
            return floors
        floors.append(row)
        depth += 1
