# slow: O(n^2): for every node, counts the values below it and equal to it by walking the whole tree
def valueAtRank(root, k):
    def nodes(top):
        out, stack = [], [top]
        while stack:
            node = stack.pop()
            out.append(node)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return out

    everything = nodes(root)
    for node in everything:
        smaller = sum(1 for other in everything if other.val < node.val)
        equal = sum(1 for other in everything if other.val == node.val)
        if smaller < k <= smaller + equal:
            return node.val
