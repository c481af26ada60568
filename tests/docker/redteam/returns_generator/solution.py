def sumList(nums):
    return (value for value in nums)
