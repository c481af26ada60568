# bug: when skipping a chamber, lists the child combinations by hand and forgets "skip left, take right" (passes all samples)
# fails on: {"root": [0, 1, 5, 9]}
# origin: independent
def bestHaul(root: Optional[TreeNode]) -> int:
    def dfs(node):
        if node is None:
            return 0, 0
        lt, ls = dfs(node.left)
        rt, rs = dfs(node.right)
        take = node.val + ls + rs
        skip = max(lt + rt, ls + rs, lt + rs)
        return take, skip

    return max(dfs(root))
