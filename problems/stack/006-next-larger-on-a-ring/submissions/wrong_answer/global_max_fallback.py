# bug: positions with nothing larger to their right get the overall maximum instead of the first larger value after wrapping (passes the samples)
# fails on: {"nums": [6, 9, 5]}
# origin: independent
def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    waiting = []
    for i, value in enumerate(nums):
        while waiting and nums[waiting[-1]] < value:
            answer[waiting.pop()] = value
        waiting.append(i)
    top = max(nums)
    for i in waiting:
        if nums[i] < top:
            answer[i] = top
    return answer
