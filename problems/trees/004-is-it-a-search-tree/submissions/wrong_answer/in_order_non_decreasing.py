# bug: only checks that the in-order walk never decreases, which also accepts a copy filed to the left
# fails on: {"root": [5, 3, 8, 1, 4, 8]}
def isSearchTree(root):
    prev = None
    stack, node = [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val < prev:
            return False
        prev = node.val
        node = node.right
    return True
