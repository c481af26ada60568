# bug: stores a value before looking up its partner, so a value equal to half the target pairs with itself
# fails on: {"nums": [3, 1, 5], "target": 6}
def findTargetPair(nums, target):
    position = {}
    for j, value in enumerate(nums):
        position[value] = j
        if target - value in position:
            return [position[target - value], j]
    return []
