# bug: groups nodes by sorting (depth, value) pairs, so each floor comes out in ascending value order instead of left to right (passes the samples)
# fails on: {"root": [1, 3, 2]}
# origin: independent
def floorByFloor(root: Optional[TreeNode]) -> List[List[int]]:
    pairs = []
    stack = [(root, 0)] if root else []
    while stack:
        node, depth = stack.pop()
        pairs.append((depth, node.val))
        if node.right:
            stack.append((node.right, depth + 1))
        if node.left:
            stack.append((node.left, depth + 1))
    floors = []
    for depth, val in sorted(pairs):
        if depth == len(floors):
            floors.append([])
        floors[depth].append(val)
    return floors
