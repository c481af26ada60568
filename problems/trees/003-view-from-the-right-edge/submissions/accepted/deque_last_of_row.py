from collections import deque


def rightEdgeView(root):
    if not root:
        return []
    view = []
    queue = deque([root])
    while queue:
        view.append(queue[-1].val)  # the queue holds exactly one row, left to right
        for _ in range(len(queue)):
            node = queue.popleft()
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
    return view
