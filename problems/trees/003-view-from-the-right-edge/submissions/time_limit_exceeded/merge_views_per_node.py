# slow: O(n * h): every node builds its subtree's whole view as a new list, right view first, then the left view's deeper part
import sys


def rightEdgeView(root):
    sys.setrecursionlimit(400000)

    def view(node):
        if node is None:
            return []
        right = view(node.right)
        left = view(node.left)
        return [node.val] + right + left[len(right):]

    return view(root)
