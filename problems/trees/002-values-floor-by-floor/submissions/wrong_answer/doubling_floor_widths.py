# bug: cuts the breadth-first order into floors of 1, 2, 4, 8... nodes, as if every floor were full
# fails on: {"root": [1, 2, null, 3]}
from collections import deque


def floorByFloor(root):
    order = []
    queue = deque([root] if root else [])
    while queue:
        node = queue.popleft()
        order.append(node.val)
        for child in (node.left, node.right):
            if child:
                queue.append(child)
    floors, width, i = [], 1, 0
    while i < len(order):
        floors.append(order[i:i + width])
        i += width
        width *= 2
    return floors
