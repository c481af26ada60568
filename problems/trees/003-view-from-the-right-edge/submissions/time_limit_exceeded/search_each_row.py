# slow: O(n*h): searches down from the root again for the rightmost node of every row
def rightEdgeView(root: Optional[TreeNode]) -> List[int]:
    def height(node):
        if node is None:
            return 0
        return 1 + max(height(node.left), height(node.right))

    def rightmost(node, depth):
        if node is None:
            return None
        if depth == 0:
            return node
        found = rightmost(node.right, depth - 1)
        if found is None:
            found = rightmost(node.left, depth - 1)
        return found

    return [rightmost(root, d).val for d in range(height(root))]
