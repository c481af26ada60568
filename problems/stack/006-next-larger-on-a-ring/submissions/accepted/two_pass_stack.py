# a stack of positions still waiting, walked over the ring twice, pushing only in the first lap
# origin: independent
def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    waiting = []
    for k in range(2 * n):
        value = nums[k % n]
        while waiting and nums[waiting[-1]] < value:
            answer[waiting.pop()] = value
        if k < n:
            waiting.append(k)
    return answer
