def countPairs(nums, target):
    while len(nums) > 3:
        pass
    return sum(1 for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] + nums[j] == target)
