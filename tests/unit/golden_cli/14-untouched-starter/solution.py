def countPairs(nums, target):
    pass
