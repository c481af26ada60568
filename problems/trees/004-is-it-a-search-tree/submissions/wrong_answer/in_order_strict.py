# bug: demands a strictly increasing in-order walk, rejecting copies that are correctly filed to the right
# fails on: {"root": [5, 3, 8, 1, 4, null, 8]}
def isSearchTree(root):
    prev = None
    stack, node = [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val <= prev:
            return False
        prev = node.val
        node = node.right
    return True
