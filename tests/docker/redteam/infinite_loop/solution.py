def sumList(nums):
    while True:
        pass
