"""Breadth-first, one floor at a time.

The current floor is a list of nodes, left to right; the next floor is their children in
the same order. Every node is handled once: O(n) time, O(n) space for the answer and the
widest floor.
"""


def floorByFloor(root: Optional[TreeNode]) -> List[List[int]]:
    floors: list[list[int]] = []
    floor = [root] if root is not None else []
    while floor:
        floors.append([node.val for node in floor])
        below = []
        for node in floor:
            if node.left is not None:
                below.append(node.left)
            if node.right is not None:
                below.append(node.right)
        floor = below
    return floors
