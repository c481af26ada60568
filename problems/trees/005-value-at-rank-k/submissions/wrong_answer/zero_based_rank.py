# bug: treats k as a 0-based position, returning the value one rank too high
# fails on: {"root": [2, 1, 3], "k": 1}
def valueAtRank(root, k):
    stack, node, seen = [], root, 0
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if seen == k:
            return node.val
        seen += 1
        node = node.right
    return None
