# bug: never removes a node's running sum when leaving it, so sums from a finished sibling branch still match (passes the samples)
# fails on: {"root": [1, 2, 3], "target": 1}
# origin: independent
from collections import defaultdict


def countTargetPaths(root: Optional[TreeNode], target: int) -> int:
    seen = defaultdict(int)
    seen[0] = 1
    total = 0

    def walk(node, running):
        nonlocal total
        if node is None:
            return
        running += node.val
        total += seen[running - target]
        seen[running] += 1
        walk(node.left, running)
        walk(node.right, running)

    walk(root, 0)
    return total
