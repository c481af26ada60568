# bug: starts the map of running sums empty instead of {0: 1}, so paths that start at the root are never counted (fails samples 1 and 2)
# fails on: {"root": [5], "target": 5}
# origin: independent
def countTargetPaths(root: Optional[TreeNode], target: int) -> int:
    seen = {}
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
        seen[running] -= 1

    walk(root, 0)
    return total
