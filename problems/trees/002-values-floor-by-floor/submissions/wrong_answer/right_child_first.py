# bug: queues the right child before the left one, so every floor comes out right to left
# fails on: {"root": [1, 2, 3]}
def floorByFloor(root):
    floors = []
    floor = [root] if root else []
    while floor:
        floors.append([n.val for n in floor])
        floor = [c for n in floor for c in (n.right, n.left) if c]
    return floors
