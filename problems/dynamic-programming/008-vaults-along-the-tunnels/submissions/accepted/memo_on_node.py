class Solution:
    def bestHaul(self, root: Optional[TreeNode]) -> int:
        # rob(node) = max(node + grandchildren, children), memoised on the node itself
        memo = {}

        def rob(node):
            if node is None:
                return 0
            if node in memo:
                return memo[node]
            take = node.val
            for child in (node.left, node.right):
                if child:
                    take += rob(child.left) + rob(child.right)
            best = max(take, rob(node.left) + rob(node.right))
            memo[node] = best
            return best

        return rob(root)
