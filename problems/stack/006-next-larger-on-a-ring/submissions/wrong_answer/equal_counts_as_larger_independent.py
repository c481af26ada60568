# bug: pops with <= so an equal value is reported as larger (fails all three samples)
# fails on: {"nums": [2, 2]}
# origin: independent
def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    waiting = []
    for k in range(2 * n):
        value = nums[k % n]
        while waiting and nums[waiting[-1]] <= value:
            answer[waiting.pop()] = value
        if k < n:
            waiting.append(k)
    return answer
