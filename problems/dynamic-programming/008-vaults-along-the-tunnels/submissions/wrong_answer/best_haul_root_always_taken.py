# bug: returns the best haul that opens the entrance vault instead of the better of opening it or not (fails sample 2)
# fails on: {"root": [1, 5]}
# origin: independent
def bestHaul(root: Optional[TreeNode]) -> int:
    def dfs(node):
        if node is None:
            return 0, 0
        lt, ls = dfs(node.left)
        rt, rs = dfs(node.right)
        return node.val + ls + rs, max(lt, ls) + max(rt, rs)

    return dfs(root)[0]
