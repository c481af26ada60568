# bug: gives the left subtree as many pre-order values as the right subtree has nodes
# fails on: {"preorder": [1, 2, 3, 4], "inorder": [3, 2, 1, 4]}
def rebuildTree(preorder, inorder):
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    mid = inorder.index(preorder[0])
    right_size = len(inorder) - mid - 1
    cut = min(len(preorder) - 1, right_size)
    root.left = rebuildTree(preorder[1:1 + cut], inorder[:mid]) if mid else None
    root.right = rebuildTree(preorder[1 + cut:], inorder[mid + 1:]) if right_size else None
    return root
