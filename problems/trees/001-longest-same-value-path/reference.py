"""Post-order DFS: each node reports its longest same-value chain going straight down.

The best path turning at a node joins the chains of its equal-valued children, and only
the longer chain is passed up. Time O(n), space O(h) for the recursion (h = height).
"""


def longestSameValuePath(root: Optional[TreeNode]) -> int:
    best = 0

    def chain(node: TreeNode) -> int:
        """Nodes on the longest same-value path from `node` straight down."""
        nonlocal best
        left = right = 0
        # always recurse into a child: the best path may lie entirely inside it
        if node.left is not None:
            below = chain(node.left)
            if node.left.val == node.val:
                left = below
        if node.right is not None:
            below = chain(node.right)
            if node.right.val == node.val:
                right = below
        if 1 + left + right > best:
            best = 1 + left + right
        return 1 + (left if left > right else right)

    if root is not None:
        chain(root)
    return best
