# bug: marks the ancestors of p without p itself, so when p lies above q the answer is p's parent
# fails on: {"root": [1, 2, null, 3], "p": 2, "q": 3}
def sharedAncestor(root, p, q):
    parent = {id(root): None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child:
                parent[id(child)] = node
                stack.append(child)
    marked = set()
    node = parent[id(p)]
    while node:
        marked.add(id(node))
        node = parent[id(node)]
    node = q
    while node and id(node) not in marked:
        node = parent[id(node)]
    return node or root
