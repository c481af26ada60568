# bug: the right child is queued only inside the left-child check, so a right child without a left sibling is skipped (fails samples 1 and 3)
# fails on: {"root": [1, null, 2]}
# origin: independent
from collections import deque


def floorByFloor(root: Optional[TreeNode]) -> List[List[int]]:
    if root is None:
        return []
    floors = []
    queue = deque([root])
    while queue:
        floor = []
        for _ in range(len(queue)):
            node = queue.popleft()
            floor.append(node.val)
            if node.left:
                queue.append(node.left)
                if node.right:
                    queue.append(node.right)
        floors.append(floor)
    return floors
