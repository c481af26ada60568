# slow: O(n * h): keeps the running sums of the line above and scans all of them at every node
def countTargetPaths(root, target):
    if root is None:
        return 0
    line = [0]
    total = 0
    stack = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            line.pop()
            continue
        here = line[-1] + node.val
        total += sum(1 for s in line if here - s == target)
        line.append(here)
        stack.append((node, True))
        for child in (node.right, node.left):
            if child:
                stack.append((child, False))
    return total
