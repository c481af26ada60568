# bug: reports the largest value of each row instead of the value of the rightmost node (passes the samples)
# fails on: {"root": [1, 3, 2]}
# origin: independent
def rightEdgeView(root: Optional[TreeNode]) -> List[int]:
    view = []
    row = [root] if root else []
    while row:
        view.append(max(node.val for node in row))
        row = [child for node in row for child in (node.left, node.right) if child]
    return view
