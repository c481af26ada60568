# bug: starts climbing from q's parent instead of q itself, so when q is an ancestor of p (or p is q) it answers one level too high (passes the samples)
# fails on: {"root": [1, 2, 3, 4], "p": 4, "q": 2}
# origin: independent
def sharedAncestor(root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
    parent = {root: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child:
                parent[child] = node
                stack.append(child)
    ancestors = set()
    node = p
    while node:
        ancestors.add(node)
        node = parent[node]
    node = parent[q]
    while node not in ancestors:
        node = parent[node]
    return node
