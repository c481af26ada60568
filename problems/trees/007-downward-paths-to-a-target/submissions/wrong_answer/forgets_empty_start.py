# bug: the counter of running sums starts empty instead of holding 0 once, so paths that start at the root are never counted
# fails on: {"root": [5], "target": 5}
from collections import Counter


def countTargetPaths(root, target):
    seen = Counter()

    def walk(node, running):
        if node is None:
            return 0
        running += node.val
        found = seen[running - target]
        seen[running] += 1
        found += walk(node.left, running) + walk(node.right, running)
        seen[running] -= 1
        return found

    return walk(root, 0)
