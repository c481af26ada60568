# bug: on the way back it removes the running sum from the map entirely instead of decrementing it, losing the copies that ancestors with the same sum still need (passes the samples)
# fails on: {"root": [0, 0, 0], "target": 0}
# origin: independent
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
        seen.pop(running, None)

    walk(root, 0)
    return total
