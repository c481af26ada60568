# bug: walks down as if the tree were a search tree, steering by comparing values
# fails on: {"root": [10, 90, 5, 1, 50], "p": 1, "q": 50}
def sharedAncestor(root, p, q):
    node = root
    while node:
        if p.val < node.val and q.val < node.val:
            node = node.left
        elif p.val > node.val and q.val > node.val:
            node = node.right
        else:
            return node
    return root
