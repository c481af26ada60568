# bug: counts only the paths that start at the root
# fails on: {"root": [1, 2], "target": 2}
def countTargetPaths(root, target):
    count = 0
    stack = [(root, root.val)] if root else []
    while stack:
        node, total = stack.pop()
        if total == target:
            count += 1
        for child in (node.left, node.right):
            if child:
                stack.append((child, total + child.val))
    return count
