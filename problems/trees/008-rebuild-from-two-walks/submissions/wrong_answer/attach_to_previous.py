# bug: hangs each new pre-order value under the previous one (left if it comes earlier in order, else right), which is wrong once the walk climbs back up (fails sample 1)
# fails on: {"preorder": [1, 2, 3], "inorder": [2, 1, 3]}
# origin: independent
def rebuildTree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    if not preorder:
        return None
    pos = {val: i for i, val in enumerate(inorder)}
    root = TreeNode(preorder[0])
    prev = root
    for val in preorder[1:]:
        node = TreeNode(val)
        if pos[val] < pos[prev.val]:
            prev.left = node
        else:
            prev.right = node
        prev = node
    return root
