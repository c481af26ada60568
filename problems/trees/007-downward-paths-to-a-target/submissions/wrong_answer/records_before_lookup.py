# bug: adds the node's running sum before looking up, so with a target of 0 every node also counts the empty path ending at itself
# fails on: {"root": [1], "target": 0}
from collections import Counter


def countTargetPaths(root, target):
    seen = Counter({0: 1})

    def walk(node, running):
        if node is None:
            return 0
        running += node.val
        seen[running] += 1
        found = seen[running - target]
        found += walk(node.left, running) + walk(node.right, running)
        seen[running] -= 1
        return found

    return walk(root, 0)
