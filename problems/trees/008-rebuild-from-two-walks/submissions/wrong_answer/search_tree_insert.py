# bug: ignores the in-order walk and inserts the pre-order values into a search tree
# fails on: {"preorder": [1, 2], "inorder": [2, 1]}
def rebuildTree(preorder, inorder):
    root = None
    for value in preorder:
        node = TreeNode(value)
        if root is None:
            root = node
            continue
        cur = root
        while True:
            if value < cur.val:
                if cur.left is None:
                    cur.left = node
                    break
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = node
                    break
                cur = cur.right
    return root
