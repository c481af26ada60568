# bug: counts nodes in pre-order (node before its left subtree), which is not sorted order
# fails on: {"root": [2, 1, 3], "k": 1}
def valueAtRank(root, k):
    stack = [root]
    while stack:
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        if node.right:
            stack.append(node.right)
        if node.left:
            stack.append(node.left)
