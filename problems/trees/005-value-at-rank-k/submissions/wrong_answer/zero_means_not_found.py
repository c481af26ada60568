# bug: checks the left side's result with `if found:`, so an answer of 0 is mistaken for "not found yet" (passes the samples)
# fails on: {"root": [1, 0], "k": 1}
# origin: independent
def valueAtRank(root: Optional[TreeNode], k: int) -> int:
    count = 0

    def walk(node):
        nonlocal count
        if node is None:
            return None
        found = walk(node.left)
        if found:
            return found
        count += 1
        if count == k:
            return node.val
        return walk(node.right)

    return walk(root)
