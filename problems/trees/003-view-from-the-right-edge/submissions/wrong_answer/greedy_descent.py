# bug: goes right when it can and left otherwise, one path only; a deeper row on the other side of the tree is missed
# fails on: {"root": [1, 2, 3, 4]}
def rightEdgeView(root):
    view = []
    node = root
    while node:
        view.append(node.val)
        node = node.right if node.right else node.left
    return view
