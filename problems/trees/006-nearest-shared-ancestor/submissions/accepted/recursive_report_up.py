class Solution:
    def sharedAncestor(self, root, p, q):
        # each call returns p or q if it finds one of them (and stops there), or the
        # meeting point once both sides report something
        def walk(node):
            if node is None or node is p or node is q:
                return node
            left = walk(node.left)
            right = walk(node.right)
            if left and right:
                return node
            return left or right

        return walk(root)
