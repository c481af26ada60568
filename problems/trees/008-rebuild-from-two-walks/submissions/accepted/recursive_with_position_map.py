class Solution:
    def rebuildTree(self, preorder, inorder):
        where = {v: i for i, v in enumerate(inorder)}
        self.next = 0

        def build(lo, hi):
            # the subtree whose in-order walk is inorder[lo:hi]
            if lo >= hi:
                return None
            value = preorder[self.next]
            self.next += 1
            mid = where[value]
            node = TreeNode(value)
            node.left = build(lo, mid)
            node.right = build(mid + 1, hi)
            return node

        return build(0, len(inorder))
