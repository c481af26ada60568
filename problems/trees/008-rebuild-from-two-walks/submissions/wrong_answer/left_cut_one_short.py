# bug: the left subtree's share of the pre-order walk stops one value too early, and that value slides to the right subtree
# fails on: {"preorder": [1, 2], "inorder": [2, 1]}
def rebuildTree(preorder, inorder):
    if not preorder or not inorder:
        return None
    root = TreeNode(preorder[0])
    mid = inorder.index(preorder[0]) if preorder[0] in inorder else 0
    root.left = rebuildTree(preorder[1:mid], inorder[:mid])
    root.right = rebuildTree(preorder[mid:][1:] if mid == 0 else preorder[mid:], inorder[mid + 1:])
    return root
