def count_pairs(nums, target):
    return 0
