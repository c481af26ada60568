# bug: ranks the distinct values only, so copies of a value do not take ranks of their own
# fails on: {"root": [2, null, 2, null, 3], "k": 2}
def valueAtRank(root, k):
    values = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node:
            values.add(node.val)
            stack += [node.left, node.right]
    ordered = sorted(values)
    return ordered[min(k, len(ordered)) - 1]
