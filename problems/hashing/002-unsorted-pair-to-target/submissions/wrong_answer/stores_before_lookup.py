def findTargetPair(nums, target):
    position = {}
    for j, value in enumerate(nums):
        position[value] = j  # bug: stored before the lookup, so a value can pair with itself
        if target - value in position:
            return [position[target - value], j]
    return []
