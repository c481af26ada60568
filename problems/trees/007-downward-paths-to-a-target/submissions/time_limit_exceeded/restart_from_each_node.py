# slow: O(n * h): from every node, walks every downward path again, adding as it goes
def countTargetPaths(root, target):
    count = 0
    starts = [root] if root else []
    while starts:
        start = starts.pop()
        stack = [(start, start.val)]
        while stack:
            node, total = stack.pop()
            if total == target:
                count += 1
            for child in (node.left, node.right):
                if child:
                    stack.append((child, total + child.val))
        for child in (start.left, start.right):
            if child:
                starts.append(child)
    return count
