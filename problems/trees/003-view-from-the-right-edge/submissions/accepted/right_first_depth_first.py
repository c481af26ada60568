class Solution:
    def rightEdgeView(self, root):
        # depth-first, right child before left: the first node met on a new depth is the
        # rightmost one of that depth
        seen = []

        def walk(node, depth):
            if node is None:
                return
            if depth == len(seen):
                seen.append(node.val)
            walk(node.right, depth + 1)
            walk(node.left, depth + 1)

        walk(root, 0)
        return seen
