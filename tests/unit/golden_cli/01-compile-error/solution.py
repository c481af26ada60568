def countPairs(nums, target)
    return 0
