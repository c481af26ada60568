# slow: O(k * h): k times, walks down from the root to the smallest node and unlinks it
def valueAtRank(root, k):
    holder = TreeNode(0, root)  # holder.left is the current root
    while True:
        parent, node = holder, holder.left
        while node.left is not None:
            parent, node = node, node.left
        k -= 1
        if k == 0:
            return node.val
        if parent is holder:
            holder.left = node.right
        else:
            parent.left = node.right
