# bug: walks the right subtree first, so it counts from the largest value down
# fails on: {"root": [2, 1, 3], "k": 1}
def valueAtRank(root, k):
    stack, node = [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.right
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.left
