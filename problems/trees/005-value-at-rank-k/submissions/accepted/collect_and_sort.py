def valueAtRank(root, k):
    # ignores the order of the tree: gathers every value and sorts them, O(n log n)
    values = []
    stack = [root]
    while stack:
        node = stack.pop()
        values.append(node.val)
        if node.left:
            stack.append(node.left)
        if node.right:
            stack.append(node.right)
    values.sort()
    return values[k - 1]
