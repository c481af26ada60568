# bug: the memo is keyed on the vault's gold instead of the vault itself, so two vaults holding the same gold share one answer
# fails on: {"root": [2, 1, 1, 3]}
def bestHaul(root):
    memo = {}

    def rob(node):
        if node is None:
            return 0
        if node.val in memo:
            return memo[node.val]
        take = node.val
        for child in (node.left, node.right):
            if child:
                take += rob(child.left) + rob(child.right)
        best = max(take, rob(node.left) + rob(node.right))
        memo[node.val] = best
        return best

    return rob(root)
