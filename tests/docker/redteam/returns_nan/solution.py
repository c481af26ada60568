def sumList(nums):
    return float("nan")
