# bug: compares the counter with k before counting the current node, so it returns the value one rank too far (fails samples 1 and 3)
# fails on: {"root": [2, 1, 3], "k": 1}
# origin: independent
def valueAtRank(root: Optional[TreeNode], k: int) -> int:
    stack = []
    node = root
    count = 0
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if count == k:
            return node.val
        count += 1
        node = node.right
    return -1
