# bug: takes whole levels, comparing the even levels against the odd levels (fails samples 2 and 3)
# fails on: {"root": [1, 9, 1, 1, null, null, 9]}
# origin: independent
def bestHaul(root: Optional[TreeNode]) -> int:
    if root is None:
        return 0
    even = odd = 0
    level = [root]
    depth = 0
    while level:
        total = sum(node.val for node in level)
        if depth % 2 == 0:
            even += total
        else:
            odd += total
        level = [child for node in level for child in (node.left, node.right) if child]
        depth += 1
    return max(even, odd)
