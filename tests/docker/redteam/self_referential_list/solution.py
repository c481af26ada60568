def sumList(nums):
    loop = []
    loop.append(loop)
    return loop
