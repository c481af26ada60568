# bug: greedy: repeatedly opens the richest vault whose neighbours are all still shut
# fails on: {"root": [5, 4, 4]}
def bestHaul(root):
    nodes, parent = [], {}
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        nodes.append(node)
        for child in (node.left, node.right):
            if child:
                parent[child] = node
                stack.append(child)
    blocked = set()
    total = 0
    for node in sorted(nodes, key=lambda n: -n.val):
        if node in blocked:
            continue
        total += node.val
        blocked.update(c for c in (node.left, node.right) if c)
        if node in parent:
            blocked.add(parent[node])
    return total
