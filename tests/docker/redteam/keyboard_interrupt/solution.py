def sumList(nums):
    raise KeyboardInterrupt
