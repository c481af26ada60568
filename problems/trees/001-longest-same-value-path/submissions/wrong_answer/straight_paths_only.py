# bug: never joins the left and right chains, so a path turning at a node is missed
# fails on: {"root": [1, 1, 1]}
def longestSameValuePath(root):
    best = 0

    def down(node):
        nonlocal best
        longest = 0
        for child in (node.left, node.right):
            if child:
                length = down(child)
                if child.val == node.val:
                    longest = max(longest, length)
        best = max(best, 1 + longest)
        return 1 + longest

    if root:
        down(root)
    return best
