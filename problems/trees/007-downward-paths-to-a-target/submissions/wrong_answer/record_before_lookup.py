# bug: records the current running sum before looking up running - target, so with target 0 every node also matches the empty path (fails sample 2)
# fails on: {"root": [1], "target": 0}
# origin: independent
def countTargetPaths(root: Optional[TreeNode], target: int) -> int:
    seen = {0: 1}
    total = 0

    def walk(node, running):
        nonlocal total
        if node is None:
            return
        running += node.val
        seen[running] = seen.get(running, 0) + 1
        total += seen.get(running - target, 0)
        walk(node.left, running)
        walk(node.right, running)
        seen[running] -= 1

    walk(root, 0)
    return total
