def lookup(seen, key):
    return seen[key]


def countPairs(nums, target):
    seen = {}
    return lookup(seen, target - nums[0])
