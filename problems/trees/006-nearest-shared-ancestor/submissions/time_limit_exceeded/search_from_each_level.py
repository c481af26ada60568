# slow: O(n * h): at every node on the way down, searches both subtrees again for p and q
def sharedAncestor(root, p, q):
    def holds(top, target):
        stack = [top] if top else []
        while stack:
            node = stack.pop()
            if node is target:
                return True
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return False

    node = root
    while True:
        if node is p or node is q:
            return node
        if holds(node.left, p) and holds(node.left, q):
            node = node.left
        elif holds(node.right, p) and holds(node.right, q):
            node = node.right
        else:
            return node
