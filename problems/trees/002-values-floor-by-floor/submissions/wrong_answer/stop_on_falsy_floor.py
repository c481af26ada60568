# bug: ends the walk when no value on a floor is truthy, so a floor holding only zeros (and everything below it) is lost (passes the samples)
# fails on: {"root": [1, 0]}
# origin: independent
def floorByFloor(root: Optional[TreeNode]) -> List[List[int]]:
    floors = []
    level = [root]
    while True:
        values = [node.val for node in level if node]
        if not any(values):
            break
        floors.append(values)
        level = [child for node in level if node for child in (node.left, node.right)]
    return floors
