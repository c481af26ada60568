# bug: memoises the subtree answer under the chamber's gold value, so two chambers holding the same amount share one answer (fails sample 2)
# fails on: {"root": [0, 0, 0, 1]}
# origin: independent
def bestHaul(root: Optional[TreeNode]) -> int:
    memo = {}

    def rob(node):
        if node is None:
            return 0
        if node.val in memo:
            return memo[node.val]
        take = node.val
        if node.left:
            take += rob(node.left.left) + rob(node.left.right)
        if node.right:
            take += rob(node.right.left) + rob(node.right.right)
        skip = rob(node.left) + rob(node.right)
        memo[node.val] = max(take, skip)
        return memo[node.val]

    return rob(root)
