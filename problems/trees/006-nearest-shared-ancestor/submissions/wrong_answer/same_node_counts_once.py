# bug: counts p and q as a set of found nodes, so when p and q are the same node the count never reaches two
# fails on: {"root": [1, 2], "p": 2, "q": 2}
def sharedAncestor(root, p, q):
    found = {}
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            for child in (node.right, node.left):
                if child:
                    stack.append((child, False))
            continue
        here = {id(x) for x in (p, q) if x is node}
        for child in (node.left, node.right):
            if child:
                here |= found[id(child)]
        if len(here) == 2:
            return node
        found[id(node)] = here
    return root
