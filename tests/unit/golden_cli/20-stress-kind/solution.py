def sumList(nums):
    if any(x < 0 for x in nums):
        raise ValueError("negative values are not expected")
    return sum(nums)
