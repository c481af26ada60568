# bug: starts with one empty floor, so an empty tree gives [[]] instead of []
# fails on: {"root": []}
def floorByFloor(root):
    floors = [[]]
    floor = [root] if root else []
    first = True
    while floor:
        if first:
            floors[0] = [n.val for n in floor]
            first = False
        else:
            floors.append([n.val for n in floor])
        floor = [c for n in floor for c in (n.left, n.right) if c]
    return floors
