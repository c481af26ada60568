# bug: pops with <=, so an equal value (even the same position one lap later) is taken as larger
# fails on: {"nums": [4, 4]}
def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    waiting = []
    for k in range(2 * n):
        i = k % n
        while waiting and nums[waiting[-1]] <= nums[i]:
            answer[waiting.pop()] = nums[i]
        if k < n:
            waiting.append(i)
    return answer
