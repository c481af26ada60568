# bug: gives every copy of a value the same rank (one more than the number of smaller values), so a k that lands on a later copy matches nothing (passes the samples)
# fails on: {"root": [2, 1, 2], "k": 3}
# origin: independent
def valueAtRank(root: Optional[TreeNode], k: int) -> int:
    values = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node:
            values.append(node.val)
            stack.append(node.left)
            stack.append(node.right)
    for v in values:
        smaller = sum(1 for w in values if w < v)
        if smaller + 1 == k:
            return v
    return -1
