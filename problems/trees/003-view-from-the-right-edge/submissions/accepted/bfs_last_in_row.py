from collections import deque


def rightEdgeView(root: Optional[TreeNode]) -> List[int]:
    if root is None:
        return []
    view = []
    queue = deque([root])
    while queue:
        view.append(queue[-1].val)
        for _ in range(len(queue)):
            node = queue.popleft()
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
    return view
