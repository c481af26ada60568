"""Count as you go: each value pairs with every earlier value equal to target - value."""


def countPairs(nums, target):
    seen = {}
    pairs = 0
    for value in nums:
        pairs += seen.get(target - value, 0)
        seen[value] = seen.get(value, 0) + 1
    return pairs
