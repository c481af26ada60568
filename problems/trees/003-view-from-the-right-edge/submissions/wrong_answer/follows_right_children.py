# bug: walks down right children only, so rows reached only through a left child are missed
# fails on: {"root": [1, 2]}
def rightEdgeView(root):
    view = []
    node = root
    while node:
        view.append(node.val)
        node = node.right
    return view
