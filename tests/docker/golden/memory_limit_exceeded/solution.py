def sumList(nums):
    table = []
    while True:
        table.append([0] * 1_000_000)
