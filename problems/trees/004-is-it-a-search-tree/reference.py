"""Depth-first with an allowed range [low, high) passed down.

Going left, the parent's value becomes an exclusive upper bound; going right, an
inclusive lower bound (copies are filed to the right). Iterative, so the depth of the
tree does not matter. O(n) time, O(h) space for the stack.
"""


def isSearchTree(root: Optional[TreeNode]) -> bool:
    stack = [(root, None, None)] if root is not None else []
    while stack:
        node, low, high = stack.pop()  # None: no bound on that side
        if (low is not None and node.val < low) or (high is not None and node.val >= high):
            return False
        if node.left is not None:
            stack.append((node.left, low, node.val))
        if node.right is not None:
            stack.append((node.right, node.val, high))
    return True
