def countTargetPaths(root: Optional[TreeNode], target: int) -> int:
    seen = {0: 1}
    total = 0

    def walk(node, running):
        nonlocal total
        if node is None:
            return
        running += node.val
        total += seen.get(running - target, 0)
        seen[running] = seen.get(running, 0) + 1
        walk(node.left, running)
        walk(node.right, running)
        if seen[running] == 1:
            del seen[running]
        else:
            seen[running] -= 1

    walk(root, 0)
    return total
