# bug: counts a path only when it ends at a leaf
# fails on: {"root": [1, 2], "target": 1}
from collections import Counter


def countTargetPaths(root, target):
    seen = Counter({0: 1})

    def walk(node, running):
        if node is None:
            return 0
        running += node.val
        leaf = node.left is None and node.right is None
        found = seen[running - target] if leaf else 0
        seen[running] += 1
        found += walk(node.left, running) + walk(node.right, running)
        seen[running] -= 1
        return found

    return walk(root, 0)
