# bug: never removes a running sum when its subtree is finished, so a path can "start" in a branch it does not belong to
# fails on: {"root": [1, 2, 3], "target": 1}
from collections import Counter


def countTargetPaths(root, target):
    seen = Counter({0: 1})

    def walk(node, running):
        if node is None:
            return 0
        running += node.val
        found = seen[running - target]
        seen[running] += 1
        return found + walk(node.left, running) + walk(node.right, running)

    return walk(root, 0)
