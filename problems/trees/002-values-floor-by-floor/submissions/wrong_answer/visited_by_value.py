# bug: keeps a graph-style visited set of values, so a node whose value already appeared is dropped with its whole subtree (passes the samples)
# fails on: {"root": [1, 2, 2]}
# origin: independent
from collections import deque


def floorByFloor(root: Optional[TreeNode]) -> List[List[int]]:
    if not root:
        return []
    floors = []
    seen = {root.val}
    queue = deque([root])
    while queue:
        floor = []
        for _ in range(len(queue)):
            node = queue.popleft()
            floor.append(node.val)
            for child in (node.left, node.right):
                if child and child.val not in seen:
                    seen.add(child.val)
                    queue.append(child)
        floors.append(floor)
    return floors
