# bug: compares every node with its two children only, so a grandchild on the wrong side of the root goes unnoticed
# fails on: {"root": [5, 3, 8, 1, 6]}
def isSearchTree(root):
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        if node.left:
            if node.left.val >= node.val:
                return False
            stack.append(node.left)
        if node.right:
            if node.right.val < node.val:
                return False
            stack.append(node.right)
    return True
