# bug: when the next value is a right child it pops only one finished node from the stack instead of all of them, so the child hangs too low (fails sample 1)
# fails on: {"preorder": [1, 2, 3, 4], "inorder": [3, 2, 1, 4]}
# origin: independent
def rebuildTree(preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    stack = [root]
    j = 0
    for val in preorder[1:]:
        node = TreeNode(val)
        if stack[-1].val != inorder[j]:
            stack[-1].left = node
        else:
            parent = stack.pop()
            j += 1
            parent.right = node
        stack.append(node)
    return root
