# café ÿş
def sumList(nums):
    return sum(nums)
