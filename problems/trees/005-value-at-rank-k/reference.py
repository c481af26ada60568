"""In-order walk with an explicit stack, stopped at the k-th node.

The walk first goes down the left edge to the smallest value, then meets the values in
non-decreasing order (copies go right, so they follow in order). O(h + k) time, O(h)
space.
"""


def valueAtRank(root: Optional[TreeNode], k: int) -> int:
    stack: list[TreeNode] = []
    node = root
    while True:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.right
