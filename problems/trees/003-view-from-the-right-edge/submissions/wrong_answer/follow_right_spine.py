# bug: walks one path only, taking the right child when there is one, so a deeper row that hangs off a left branch is missed (fails sample 1)
# fails on: {"root": [1, 2, 3, 4]}
# origin: independent
def rightEdgeView(root: Optional[TreeNode]) -> List[int]:
    view = []
    node = root
    while node:
        view.append(node.val)
        node = node.right if node.right else node.left
    return view
