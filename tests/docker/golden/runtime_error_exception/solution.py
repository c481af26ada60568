def sumList(nums):
    return nums[0] + sum(nums[1:])  # IndexError on the empty list
