# bug: records the position of the larger value instead of the value itself
# fails on: {"nums": [5, 8]}
def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    waiting = []
    for k in range(2 * n):
        i = k % n
        while waiting and nums[waiting[-1]] < nums[i]:
            answer[waiting.pop()] = i
        if k < n:
            waiting.append(i)
    return answer
