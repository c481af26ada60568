# bug: uses the value limits as the starting bounds with an exclusive upper end, so the largest allowed value is rejected at the root's right edge
# fails on: {"root": [1000000000]}
def isSearchTree(root):
    stack = [(root, -10**9, 10**9)] if root else []
    while stack:
        node, low, high = stack.pop()
        if not low <= node.val < high:
            return False
        if node.left:
            stack.append((node.left, low, node.val))
        if node.right:
            stack.append((node.right, node.val, high))
    return True
