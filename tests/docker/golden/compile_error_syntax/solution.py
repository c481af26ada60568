def sumList(nums):
    return sum(nums
