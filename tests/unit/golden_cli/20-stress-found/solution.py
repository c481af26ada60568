def sumList(nums):
    return sum(nums) + (1 if len(nums) >= 4 else 0)
