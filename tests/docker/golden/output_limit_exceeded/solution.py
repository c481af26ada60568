def sumList(nums):
    while True:
        print("debugging output that never stops")
