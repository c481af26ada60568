def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    waiting = []
    for k in range(2 * n):
        i = k % n
        # bug: `<=` lets an equal value (even the same position, one lap later) answer
        while waiting and nums[waiting[-1]] <= nums[i]:
            answer[waiting.pop()] = nums[i]
        if k < n:
            waiting.append(i)
    return answer
