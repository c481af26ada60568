# bug: remembers depths in a dict keyed by value, so a repeated value still waiting in the queue takes the depth of its newer copy (passes the samples)
# fails on: {"root": [1, 2, 7, 7]}
# origin: independent
from collections import deque


def rightEdgeView(root: Optional[TreeNode]) -> List[int]:
    if not root:
        return []
    depth = {root.val: 0}
    view = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        d = depth[node.val]
        if d == len(view):
            view.append(node.val)
        else:
            view[d] = node.val
        for child in (node.left, node.right):
            if child:
                depth[child.val] = d + 1
                queue.append(child)
    return view
