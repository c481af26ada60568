def rebuildTree(preorder, inorder):
    # walk the pre-order values, keeping the path of nodes still waiting for a right child;
    # the in-order walk says when a node's left side is finished
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    path = [root]
    j = 0  # next in-order position not yet closed
    for value in preorder[1:]:
        node = TreeNode(value)
        parent = path[-1]
        if parent.val != inorder[j]:
            parent.left = node  # parent's left side is not finished: go left
        else:
            while path and path[-1].val == inorder[j]:
                parent = path.pop()
                j += 1
            parent.right = node
        path.append(node)
    return root
