def countPairs(nums, target):
    while True:
        pass
