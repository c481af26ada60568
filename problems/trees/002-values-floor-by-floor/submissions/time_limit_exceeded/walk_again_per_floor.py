# slow: O(n*h): walks down from the root again for every single floor
def floorByFloor(root: Optional[TreeNode]) -> List[List[int]]:
    def height(node):
        if node is None:
            return 0
        return 1 + max(height(node.left), height(node.right))

    def collect(node, depth, out):
        if node is None:
            return
        if depth == 0:
            out.append(node.val)
            return
        collect(node.left, depth - 1, out)
        collect(node.right, depth - 1, out)

    floors = []
    for d in range(height(root)):
        floor = []
        collect(root, d, floor)
        floors.append(floor)
    return floors
