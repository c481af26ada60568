def sumList(nums):
    return 10**100_000 + sum(nums)
