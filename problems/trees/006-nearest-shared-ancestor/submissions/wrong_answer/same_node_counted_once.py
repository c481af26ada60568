# bug: a node that is p or q adds one hit, so when p and q are the same node the count never reaches two and nothing is returned (passes the samples)
# fails on: {"root": [1, 2, 3], "p": 2, "q": 2}
# origin: independent
def sharedAncestor(root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
    answer = None

    def count(node):
        nonlocal answer
        if node is None:
            return 0
        found = count(node.left) + count(node.right)
        if node is p or node is q:
            found += 1
        if found == 2 and answer is None:
            answer = node
        return found

    count(root)
    return answer
