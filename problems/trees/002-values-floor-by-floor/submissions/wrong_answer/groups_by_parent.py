# bug: recursion merges the two subtrees' floors but puts the whole right floor list first when the right side is deeper
# fails on: {"root": [1, 2, 3, null, null, 4]}
def floorByFloor(root):
    if root is None:
        return []
    left = floorByFloor(root.left)
    right = floorByFloor(root.right)
    if len(right) > len(left):
        left, right = right, left
    merged = [row[:] for row in left]
    for d, row in enumerate(right):
        merged[d] = merged[d] + row
    return [[root.val]] + merged
