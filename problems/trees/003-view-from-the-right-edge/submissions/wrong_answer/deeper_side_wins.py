# bug: under each node keeps the whole view of the deeper subtree, so a deep left side hides the right side's upper rows
# fails on: {"root": [1, 2, 3, 4]}
def rightEdgeView(root):
    def view(node):
        if node is None:
            return []
        right, left = view(node.right), view(node.left)
        return [node.val] + (right if len(right) >= len(left) else left)

    return view(root)
