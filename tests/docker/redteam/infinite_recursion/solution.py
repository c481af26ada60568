def sumList(nums):
    return sumList(nums) + 1
