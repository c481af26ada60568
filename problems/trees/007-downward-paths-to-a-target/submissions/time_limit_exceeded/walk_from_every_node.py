# slow: O(n*h): starts a fresh downward walk from every node and re-adds the same sums
def countTargetPaths(root: Optional[TreeNode], target: int) -> int:
    total = 0
    starts = [root] if root else []
    while starts:
        start = starts.pop()
        if start.left:
            starts.append(start.left)
        if start.right:
            starts.append(start.right)
        stack = [(start, start.val)]
        while stack:
            node, s = stack.pop()
            if s == target:
                total += 1
            if node.left:
                stack.append((node.left, s + node.left.val))
            if node.right:
                stack.append((node.right, s + node.right.val))
    return total
