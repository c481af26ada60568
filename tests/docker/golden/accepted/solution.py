def sumList(nums):
    total = 0
    for value in nums:
        total += value
    return total
