from collections import deque


def floorByFloor(root):
    if root is None:
        return []
    out = []
    queue = deque([root])
    while queue:
        width = len(queue)  # the nodes of exactly one floor are in the queue now
        row = []
        for _ in range(width):
            node = queue.popleft()
            row.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        out.append(row)
    return out
