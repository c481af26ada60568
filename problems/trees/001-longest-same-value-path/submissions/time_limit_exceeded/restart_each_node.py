# slow: O(n * h): at every node recomputes both downward same-value runs from scratch
# origin: independent
def longestSameValuePath(root):
    def longest_run(start, value):
        if start is None or start.val != value:
            return 0
        longest = 0
        stack = [(start, 1)]
        while stack:
            node, length = stack.pop()
            longest = max(longest, length)
            for child in (node.left, node.right):
                if child and child.val == value:
                    stack.append((child, length + 1))
        return longest

    best = 0
    todo = [root] if root else []
    while todo:
        node = todo.pop()
        through = 1 + longest_run(node.left, node.val) + longest_run(node.right, node.val)
        best = max(best, through)
        if node.left:
            todo.append(node.left)
        if node.right:
            todo.append(node.right)
    return best
