# bug: only accepts a node whose two subtrees hold p and q separately, so a node that is p or q itself is never the answer
# fails on: {"root": [1, 2, null, 3], "p": 2, "q": 3}
def sharedAncestor(root, p, q):
    answer = root

    def count(node):
        nonlocal answer
        if node is None:
            return 0
        left, right = count(node.left), count(node.right)
        if left and right and answer is root:
            answer = node
        return left + right + (node is p) + (node is q)

    count(root)
    return answer
