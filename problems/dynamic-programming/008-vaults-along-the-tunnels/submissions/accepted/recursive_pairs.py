# recursive post-order returning (best if this vault is opened, best if not); 10^5 calls deep on a path
def bestHaul(root):
    def pair(node):
        if node is None:
            return 0, 0
        lt, ls = pair(node.left)
        rt, rs = pair(node.right)
        return node.val + ls + rs, max(lt, ls) + max(rt, rs)

    return max(pair(root))
