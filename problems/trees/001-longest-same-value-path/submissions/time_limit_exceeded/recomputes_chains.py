class Solution:
    def longestSameValuePath(self, root: Optional[TreeNode]) -> int:
        def chain(node: TreeNode) -> int:
            # walks the whole same-value chain below `node` again for every node
            longest = 0
            for child in (node.left, node.right):
                if child and child.val == node.val:
                    longest = max(longest, chain(child))
            return 1 + longest

        def best(node: Optional[TreeNode]) -> int:
            if node is None:
                return 0
            through = 1
            for child in (node.left, node.right):
                if child and child.val == node.val:
                    through += chain(child)
            return max(through, best(node.left), best(node.right))

        return best(root)
