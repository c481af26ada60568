# slow: O(n * h): finds the root-to-node path of p and of q, copying the path list at every step
def sharedAncestor(root, p, q):
    def path_to(target):
        stack = [(root, [root])]
        while stack:
            node, path = stack.pop()
            if node is target:
                return path
            for child in (node.right, node.left):
                if child is not None:
                    stack.append((child, path + [child]))
        return []

    a, b = path_to(p), path_to(q)
    answer = root
    for x, y in zip(a, b):
        if x is not y:
            break
        answer = x
    return answer
