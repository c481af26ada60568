"""Breadth-first, one row at a time: the last node of each row is the one seen from the
right. O(n) time, O(n) space for the widest row and the answer."""


def rightEdgeView(root: Optional[TreeNode]) -> List[int]:
    seen: list[int] = []
    row = [root] if root is not None else []
    while row:
        seen.append(row[-1].val)
        below = []
        for node in row:
            if node.left is not None:
                below.append(node.left)
            if node.right is not None:
                below.append(node.right)
        row = below
    return seen
