# slow: O(n^2) on chains: looks the root up in its in-order range with list.index for every node
def rebuildTree(preorder, inorder):
    holder = TreeNode()
    nxt = 0
    frames = [(0, len(inorder), holder, "left")]
    while frames:
        lo, hi, parent, side = frames.pop()
        if lo >= hi:
            continue
        value = preorder[nxt]
        nxt += 1
        node = TreeNode(value)
        setattr(parent, side, node)
        mid = inorder.index(value, lo, hi)
        frames.append((mid + 1, hi, node, "right"))
        frames.append((lo, mid, node, "left"))
    return holder.left
