def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    waiting = []
    for k in range(2 * n):
        i = k % n
        while waiting and nums[waiting[-1]] < nums[i]:
            answer[waiting.pop()] = i  # bug: records where the larger value is, not the value
        if k < n:
            waiting.append(i)
    return answer
