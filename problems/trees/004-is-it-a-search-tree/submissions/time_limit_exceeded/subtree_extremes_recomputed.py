# slow: O(n * h): compares each node with the largest value on its left and the smallest on its right, recomputing both from scratch
import sys


def isSearchTree(root):
    sys.setrecursionlimit(400000)

    def largest(node):
        return float("-inf") if node is None else max(node.val, largest(node.left), largest(node.right))

    def smallest(node):
        return float("inf") if node is None else min(node.val, smallest(node.left), smallest(node.right))

    def ok(node):
        if node is None:
            return True
        if largest(node.left) >= node.val or smallest(node.right) < node.val:
            return False
        return ok(node.left) and ok(node.right)

    return ok(root)
