def sharedAncestor(root, p, q):
    # every node's parent, then all ancestors of p (p included), then climb from q
    parent = {id(root): None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[id(child)] = node
                stack.append(child)
    marked = set()
    node = p
    while node is not None:
        marked.add(id(node))
        node = parent[id(node)]
    node = q
    while id(node) not in marked:
        node = parent[id(node)]
    return node
