def countTargetPaths(root, target):
    # explicit stack of (node, state); running sums on the current line in a list and a
    # dict of counts, both undone when a node is left
    if root is None:
        return 0
    counts = {0: 1}
    line = [0]
    total = 0
    stack = [(root, 0)]
    while stack:
        node, state = stack.pop()
        if state == 0:
            here = line[-1] + node.val
            total += counts.get(here - target, 0)
            counts[here] = counts.get(here, 0) + 1
            line.append(here)
            stack.append((node, 1))
            if node.right:
                stack.append((node.right, 0))
            if node.left:
                stack.append((node.left, 0))
        else:
            here = line.pop()
            counts[here] -= 1
    return total
