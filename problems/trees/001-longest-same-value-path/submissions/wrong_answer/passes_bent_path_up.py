# bug: a path that turns at a node is passed up to the parent as if it could continue
# fails on: {"root": [1, 1, null, 1, 1]}
class Solution:
    def longestSameValuePath(self, root: Optional[TreeNode]) -> int:
        self.best = 0

        def walk(node: Optional[TreeNode], parent_val: Optional[int]) -> int:
            if node is None:
                return 0
            left = walk(node.left, node.val)
            right = walk(node.right, node.val)
            here = 1 + left + right
            self.best = max(self.best, here)
            return here if node.val == parent_val else 0

        walk(root, None)
        return self.best
