class Solution:
    def valueAtRank(self, root, k):
        # in-order recursion that stops as soon as the k-th value is found
        self.left = k
        self.answer = None

        def walk(node):
            if node is None or self.answer is not None:
                return
            walk(node.left)
            if self.answer is not None:
                return
            self.left -= 1
            if self.left == 0:
                self.answer = node.val
                return
            walk(node.right)

        walk(root)
        return self.answer
